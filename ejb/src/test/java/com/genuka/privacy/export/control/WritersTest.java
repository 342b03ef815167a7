package com.genuka.privacy.export.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** JSON and CSV as the exports write them: every value survives, nothing else gets in. */
class WritersTest {

  @Test
  void jsonEscapesWhatMustBeEscapedAndWritesNumbersAndBooleansBare() throws Exception {
    StringWriter out = new StringWriter();
    JsonRows json = new JsonRows(out, new String[] {"name", "n", "ok", "at", "note"},
        new ColumnKind[] {ColumnKind.TEXT, ColumnKind.INTEGER, ColumnKind.BOOLEAN, ColumnKind.TIMESTAMP, ColumnKind.TEXT});
    json.row(new String[] {"Zoé \"Z\" \\ Kamga", "42", "true", "2026-03-01T10:00:00Z", "line1\nline2\t\u0001\u2028"});
    json.row(new String[] {null, null, null, null, null});
    json.end();
    assertEquals("[\n{\"name\":\"Zoé \\\"Z\\\" \\\\ Kamga\",\"n\":42,\"ok\":true,\"at\":\"2026-03-01T10:00:00Z\","
        + "\"note\":\"line1\\nline2\\t\\u0001\\u2028\"},\n{\"name\":null,\"n\":null,\"ok\":null,\"at\":null,\"note\":null}\n]\n",
        out.toString());
  }

  @Test
  void anEmptyTableIsAnEmptyArray() throws Exception {
    StringWriter out = new StringWriter();
    new JsonRows(out, new String[] {"a"}, new ColumnKind[] {ColumnKind.TEXT}).end();
    assertEquals("[]\n", out.toString());
  }

  @Test
  void csvQuotesOnlyWhatNeedsItAndDoublesQuotes() throws Exception {
    StringWriter out = new StringWriter();
    CsvRows csv = new CsvRows(out, new String[] {"a", "b", "c", "d", "e"});
    csv.row(new String[] {"plain", "with, comma", "say \"hi\"", "two\nlines", null});
    csv.row(new String[] {" edge", "a-b", "", "x=1", "é"});
    assertEquals("a,b,c,d,e\r\nplain,\"with, comma\",\"say \"\"hi\"\"\",\"two\nlines\",\r\n\" edge\",a-b,,x=1,é\r\n",
        out.toString());
  }

  /** CWE-1236: what a spreadsheet would run as a formula is written as text (OWASP: a quote before it, quoted). */
  @Test
  void csvNeutralisesEveryFormulaStartInTextColumns() throws Exception {
    StringWriter out = new StringWriter();
    CsvRows csv = new CsvRows(out, new String[] {"=name", "b", "c", "d", "e", "f", "g"});
    csv.row(new String[] {"=HYPERLINK(\"http://evil.example\",\"x\")", "+33 6 12", "-2+3", "@SUM(A1)", "\tx", "\r=1", "ok"});
    assertEquals("\"'=name\",b,c,d,e,f,g\r\n"
        + "\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\",\"'+33 6 12\",\"'-2+3\",\"'@SUM(A1)\",\"'\tx\",\"'\r=1\",ok\r\n",
        out.toString());
  }

  @Test
  void csvLeavesTypedNumbersAsTheyAre() throws Exception {
    StringWriter out = new StringWriter();
    CsvRows csv = new CsvRows(out, new String[] {"amount", "label", "data"},
        new ColumnKind[] {ColumnKind.INTEGER, ColumnKind.TEXT, ColumnKind.BINARY});
    csv.row(new String[] {"-500", "-500", "+AAA"});
    assertEquals("amount,label,data\r\n-500,\"'-500\",\"'+AAA\"\r\n", out.toString());
  }
}
