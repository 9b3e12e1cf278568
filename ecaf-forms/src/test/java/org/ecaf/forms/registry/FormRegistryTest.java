package org.ecaf.forms.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.ecaf.forms.TestForms;
import org.ecaf.forms.answers.Answers;
import org.ecaf.forms.definition.FormDefinition;
import org.ecaf.forms.migration.Migration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FormRegistryTest {

    private final FormRegistry registry = FormRegistry.builtIn();

    @Test
    void loadsEveryPublishedDefinitionSortedByIdThenVersion() {
        assertThat(registry.all()).extracting(FormDefinition::toString)
                .containsExactly("caf v1", "caf v2", "closure v1", "pre-assessment v1", "review v1");
        assertThat(registry.ids()).containsExactly("caf", "closure", "pre-assessment", "review");
    }

    @Test
    void builtInIsLoadedOnce() {
        assertThat(FormRegistry.builtIn()).isSameAs(registry);
    }

    @Test
    void findsAndGetsDefinitions() {
        assertThat(registry.find("caf", 1)).get().extracting(FormDefinition::version).isEqualTo(1);
        assertThat(registry.find("caf", 9)).isEmpty();
        assertThat(registry.find("nope", 1)).isEmpty();
        assertThat(registry.get("review", 1).title()).isEqualTo("CAF review");
        assertThat(registry.latest("caf").version()).isEqualTo(2);
    }

    @Test
    void unknownDefinitionsAreRefusedWithAClearMessage() {
        assertThatThrownBy(() -> registry.get("caf", 9))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'caf' version 9")
                .hasMessageContaining("caf v1, caf v2");
        assertThatThrownBy(() -> registry.latest("nope"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'nope'");
    }

    @Test
    void knowsWhichMigrationsAreDeclared() {
        assertThat(registry.canMigrate("caf", 1, 2)).isTrue();
        assertThat(registry.canMigrate("caf", 1, 1)).isTrue();
        assertThat(registry.canMigrate("caf", 2, 1)).isFalse();
        assertThat(registry.canMigrate("caf", 1, 3)).isFalse();
        assertThat(registry.canMigrate("review", 1, 2)).isFalse();
        assertThat(registry.canMigrate("nope", 1, 2)).isFalse();
        assertThat(registry.migration("caf", 1)).get().extracting(Migration::toVersion).isEqualTo(2);
        assertThat(registry.migration("caf", 2)).isEmpty();
    }

    @Test
    void migratingToTheSameVersionChangesNothing() {
        Answers answers = Answers.empty().with("child_telephone", "01234 567890");
        assertThat(registry.migrate("caf", 1, 1, answers)).isSameAs(answers);
    }

    @Test
    void migrationsOnlyGoForwards() {
        assertThatThrownBy(() -> registry.migrate("caf", 2, 1, Answers.empty()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("only go forwards");
        assertThatThrownBy(() -> registry.migrate("review", 1, 2, Answers.empty()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("missing");
    }

    @Test
    void definitionsSurviveTheirOwnJson() {
        for (FormDefinition definition : registry.all()) {
            FormDefinition reread = FormDefinition.parse("reread.json", definition.toJson().toString());
            assertThat(reread).isEqualTo(definition);
            assertThat(reread.toJson()).isEqualTo(definition.toJson());
        }
    }

    @Test
    void loadsFromAJarWithoutDirectoryScanning(@TempDir Path dir) throws IOException {
        Path jar = dir.resolve("forms.jar");
        List<String> resources = new ArrayList<>(List.of(RegistryLoader.INDEX, RegistryLoader.CHECKSUMS));
        for (FormDefinition definition : registry.all()) {
            resources.add("forms/" + definition.id() + "/v" + definition.version() + ".json");
        }
        resources.add("forms/caf/migrations/v1-to-v2.json");
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream jarOut = new JarOutputStream(out)) {
            for (String resource : resources) {
                jarOut.putNextEntry(new JarEntry(resource));
                jarOut.write(TestForms.resourceBytes(resource));
                jarOut.closeEntry();
            }
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            FormRegistry fromJar = FormRegistry.load(loader);
            assertThat(fromJar.all()).isEqualTo(registry.all());
            assertThat(fromJar.canMigrate("caf", 1, 2)).isTrue();
        }
    }

    @Test
    void checksumsAreLowerCaseHex() {
        assertThat(RegistryLoader.sha256("abc".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }
}
