package org.ecaf.web.interfaces.jsf;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.ecaf.domain.shared.Refusal;
import org.ecaf.web.application.ImportService;

/**
 * The administrator's import of children from a CSV file: upload, progress (polled), report and its download. Every
 * decision is the {@link ImportService}'s; this bean hands it the upload and shows what it answers.
 */
@Named
@ViewScoped
public class AdminImportPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The file input's client id (the name of its part in the form's post). */
    private static final String FILE_INPUT = "importForm:file";

    @Inject
    transient ImportService imports;

    private transient Part file;
    private ImportService.ImportView view;
    private ImportService.ImportReport report;
    private boolean loaded;

    /** The node's running or last import, read once per view and then by the polls. */
    public ImportService.ImportView getView() {
        if (!loaded) {
            loaded = true;
            view = imports.current().orElse(null);
        }
        return view;
    }

    /** The report of the import shown, once it has finished. */
    public ImportService.ImportReport getReport() {
        ImportService.ImportView shown = getView();
        if (report == null && shown != null && shown.isFinished()) {
            report = imports.report(shown.getNumber());
        }
        return report;
    }

    public boolean isRunning() {
        return getView() != null && getView().isRunning();
    }

    public String upload() {
        Part chosen = file != null ? file : emptyUpload();
        try (InputStream content = chosen == null ? null : chosen.getInputStream()) {
            view = imports.start(chosen == null ? null : chosen.getSubmittedFileName(),
                    chosen == null ? -1 : chosen.getSize(), content);
            loaded = true;
            report = null;
            if (view.isJoined()) {
                Pages.info("This file is being imported already: its progress is below.");
            }
        } catch (Refusal refusal) {
            Pages.show(refusal, Map.of("file", FILE_INPUT));
            refresh(); // another import may have started since the page was drawn
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            file = null;
        }
        return null;
    }

    /**
     * A chosen file with nothing in it, which h:inputFile hands on as no file at all: the service tells "the file is
     * empty" from "choose a file" by its name.
     */
    private static Part emptyUpload() {
        Object request = FacesContext.getCurrentInstance().getExternalContext().getRequest();
        try {
            return request instanceof HttpServletRequest http && http.getContentType() != null
                    && http.getContentType().startsWith("multipart/") ? http.getPart(FILE_INPUT) : null;
        } catch (IOException | ServletException e) {
            return null;
        }
    }

    /** The poll: the import's latest counts and stage. */
    public void refresh() {
        view = imports.current().orElse(null);
        loaded = true;
        report = null;
    }

    /** The whole report as a CSV file. */
    public void download() throws IOException {
        ImportService.ImportView shown = getView();
        if (shown == null) {
            return;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        external.responseReset();
        external.setResponseContentType("text/csv; charset=UTF-8");
        external.setResponseHeader("Content-Disposition", "attachment; filename=\"import-" + shown.getNumber()
                + "-report.csv\"");
        try {
            imports.writeReport(shown.getNumber(), external.getResponseOutputStream());
        } catch (Refusal refusal) {
            external.responseReset();
            Pages.show(refusal, Map.of());
            return;
        }
        faces.responseComplete();
    }

    public List<String> getColumns() {
        return imports.columns();
    }

    public String getHeaderLine() {
        return String.join(",", imports.columns());
    }

    public String getRequiredColumns() {
        return String.join(" and ", imports.requiredColumns());
    }

    public String getMaxSize() {
        return ImportService.megabytes(imports.maxBytes());
    }

    public long getMaxBytes() {
        return imports.maxBytes();
    }

    public int getPageSize() {
        return ImportService.PAGE;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }
}
