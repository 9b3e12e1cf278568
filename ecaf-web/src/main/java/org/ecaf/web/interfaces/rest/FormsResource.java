package org.ecaf.web.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.ecaf.domain.shared.InvalidInput;
import org.ecaf.domain.shared.RefusalCode;
import org.ecaf.forms.answers.Answers;
import org.ecaf.forms.definition.FormDefinition;
import org.ecaf.forms.validation.FormValidator;
import org.ecaf.forms.validation.ValidationProblem;
import org.ecaf.forms.validation.ValidationStage;
import org.ecaf.web.application.CurrentUser;
import org.ecaf.web.application.Forms;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** {@code /api/v1/forms}: the published form definitions and validation of an answer set against one. */
@Path("forms")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class FormsResource {

    @Inject
    Forms forms;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    @GET
    @Operation(summary = "Every form definition and its published versions")
    public JsonObject list() {
        currentUser.get();
        Map<String, List<FormDefinition>> byId = new TreeMap<>();
        forms.registry().all().forEach(d -> byId.computeIfAbsent(d.id(), k -> new java.util.ArrayList<>()).add(d));
        JsonArrayBuilder list = Json.createArrayBuilder();
        byId.forEach((id, versions) -> {
            JsonArrayBuilder numbers = Json.createArrayBuilder();
            versions.forEach(v -> numbers.add(Json.createObjectBuilder().add("version", v.version())
                    .add("title", v.title())));
            FormDefinition latest = versions.get(versions.size() - 1);
            list.add(Json.createObjectBuilder().add("id", id).add("title", latest.title())
                    .add("latestVersion", latest.version()).add("versions", numbers));
        });
        return Json.createObjectBuilder().add("forms", list).build();
    }

    @GET
    @Path("{id}/{version}")
    @Operation(summary = "A published definition: sections and fields with key, type, label, familyLabel, helpText, "
            + "sensitivity, required, options, fields, minRows and condition")
    public JsonObject definition(@PathParam("id") String id, @PathParam("version") int version) {
        currentUser.get();
        return forms.get(id, version).toJson();
    }

    @POST
    @Path("{id}/{version}/validation")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Validate an answers object (stage=draft: types, lengths, options; stage=complete: also "
            + "required fields and conditions); every problem at once")
    public JsonObject validate(@PathParam("id") String id, @PathParam("version") int version,
                               @QueryParam("stage") String stage, JsonObject answers) {
        currentUser.get();
        FormDefinition definition = forms.get(id, version);
        ValidationStage which = parseStage(stage);
        List<ValidationProblem> problems = FormValidator.validate(definition,
                Answers.fromJson(answers == null ? jakarta.json.JsonValue.EMPTY_JSON_OBJECT : answers), which,
                LocalDate.now(clock));
        JsonArrayBuilder list = Json.createArrayBuilder();
        problems.forEach(p -> list.add(Json.createObjectBuilder().add("field", p.field()).add("code", p.code())
                .add("message", p.message())));
        return Json.createObjectBuilder().add("form", id).add("version", version)
                .add("stage", which.name().toLowerCase()).add("valid", problems.isEmpty())
                .add("problems", list).build();
    }

    private static ValidationStage parseStage(String stage) {
        if (stage == null || stage.isBlank() || "draft".equalsIgnoreCase(stage)) {
            return ValidationStage.DRAFT;
        }
        if ("complete".equalsIgnoreCase(stage)) {
            return ValidationStage.COMPLETE;
        }
        throw InvalidInput.of(RefusalCode.UNKNOWN_OPTION, "stage must be draft or complete.", "stage");
    }
}
