package org.ecaf.web.infrastructure.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link ChildImport#check}: what is wrong with a whole file, in words, before anything is written. */
class ChildImportFileCheckTest {

    @TempDir
    Path dir;

    private ChildImport.FileCheck check(byte[] content) throws Exception {
        Path f = dir.resolve("f-" + System.nanoTime() + ".csv");
        Files.write(f, content);
        return ChildImport.check(f);
    }

    private ChildImport.FileCheck check(String content) throws Exception {
        return check(content.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aGoodFileHasNoProblemAndItsRowsAreCounted() throws Exception {
        ChildImport.FileCheck c = check("given_names,family_name,date_of_birth\nJack,Smith,2015-01-01\n\n"
                + "\"Amy, Rose\",Khan,2016-02-02\n");
        assertThat(c.problem()).isNull();
        assertThat(c.rows()).isEqualTo(2);
    }

    @Test
    void aSpreadsheetsCsvUtf8FileWithItsByteOrderMarkIsAccepted() throws Exception {
        ChildImport.FileCheck c = check("\uFEFFgiven_names,family_name,date_of_birth\nJack,Smith,2015-01-01\n");
        assertThat(c.problem()).isNull();
        assertThat(c.rows()).isEqualTo(1);
    }

    @Test
    void anEmptyFileAndAHeaderWithoutRowsAreEmpty() throws Exception {
        assertThat(check("")).extracting(ChildImport.FileCheck::problem, ChildImport.FileCheck::message)
                .containsExactly(ChildImport.FileProblem.EMPTY, "The file is empty.");
        assertThat(check("given_names,family_name\n")).extracting(ChildImport.FileCheck::problem,
                ChildImport.FileCheck::message).containsExactly(ChildImport.FileProblem.EMPTY,
                        "The file has a header and no rows.");
    }

    @Test
    void aWrongHeaderNamesTheMissingAndTheUnexpectedColumns() throws Exception {
        ChildImport.FileCheck c = check("given_names,favourite_colour,shoe_size\nJack,blue,3\n");
        assertThat(c.problem()).isEqualTo(ChildImport.FileProblem.WRONG_COLUMNS);
        assertThat(c.missingColumns()).containsExactly("family_name");
        assertThat(c.unknownColumns()).containsExactly("favourite_colour", "shoe_size");
        assertThat(c.message()).startsWith("The file's first line must name its columns. Missing: family_name."
                + " Not expected: favourite_colour, shoe_size. The columns are given_names,family_name,");
    }

    @Test
    void bytesThatAreNotUtf8TextOrAQuoteNeverClosedAreNotACsvFile() throws Exception {
        assertThat(check(new byte[] {0x50, 0x4b, 3, 4, (byte) 0xff, (byte) 0xfe, 0, (byte) 0xc3, 0x28}).problem())
                .isEqualTo(ChildImport.FileProblem.NOT_CSV);
        assertThat(check("given_names,family_name\nJack,\"Smith\n").problem())
                .isEqualTo(ChildImport.FileProblem.NOT_CSV);
    }

    @Test
    void aColumnNamedTwiceIsAWrongHeader() throws Exception {
        ChildImport.FileCheck c = check("given_names,family_name,Given_Names\nJack,Smith,John\n");
        assertThat(c.problem()).isEqualTo(ChildImport.FileProblem.WRONG_COLUMNS);
        assertThat(c.message()).contains("Named twice: given_names.");
    }
}
