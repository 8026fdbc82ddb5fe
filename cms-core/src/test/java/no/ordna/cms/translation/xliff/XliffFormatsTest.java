package no.ordna.cms.translation.xliff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import no.ordna.cms.shared.InvalidInputException;
import no.ordna.cms.shared.Violations;
import no.ordna.cms.translation.inline.Fragment;
import no.ordna.cms.translation.inline.RichTextSegmenter;
import no.ordna.cms.translation.inline.TaggedText;
import org.junit.jupiter.api.Test;

class XliffFormatsTest {

  static final TaggedText SOURCE =
      RichTextSegmenter.segment(
              "<p>Les <strong>dette</strong> og <a href=\"https://x.no\" title=\"T\">her</a>.<br>"
                  + "Slutt &amp; ferdig</p>")
          .segments()
          .get(0)
          .text();

  static final List<Fragment> SAMI =
      List.of(
          new Fragment.Text("Loga "),
          new Fragment.Paired("2", List.of(new Fragment.Text("dás"))),
          new Fragment.Text(" ja "),
          new Fragment.Paired("1", List.of(new Fragment.Text("dán"))),
          new Fragment.Text("."),
          new Fragment.Standalone("3"),
          new Fragment.Text("Loahppa & gárvvis"));

  static XliffDocument document(XliffVersion version) {
    XliffUnit body =
        new XliffUnit(
            "body:1",
            SOURCE,
            SAMI,
            XliffUnit.State.TRANSLATED,
            true,
            null,
            List.of(new XliffNote("field", "body"), new XliffNote("blockType", "paragraph")));
    XliffUnit title =
        new XliffUnit(
            "title",
            TaggedText.plain("Første sak"),
            null,
            XliffUnit.State.NEW,
            true,
            120,
            List.of());
    XliffUnit person =
        new XliffUnit(
            "content.q1.person",
            TaggedText.plain("Bjørn Haugstad"),
            null,
            XliffUnit.State.NEW,
            false,
            200,
            List.of());
    return new XliffDocument(
        version,
        "nb",
        "se",
        List.of(new XliffFile("item-1", "article", 7, List.of(body, title, person))));
  }

  static String write(XliffDocument document) {
    byte[] bytes =
        document.version() == XliffVersion.V2_0
            ? Xliff20Writer.write(document)
            : Xliff12Writer.write(document);
    return new String(bytes, StandardCharsets.UTF_8);
  }

  static XliffDocument read(String xml, Violations violations) {
    return XliffReader.read(xml.getBytes(StandardCharsets.UTF_8), violations);
  }

  @Test
  void xliff20CarriesCodesAsPcAndPhWithTheirOriginalMarkupNotesAndLimits() {
    String xml = write(document(XliffVersion.V2_0));

    assertTrue(
        xml.contains("<data id=\"d2\">&lt;a href=\"https://x.no\" title=\"T\"&gt;</data>"), xml);
    assertTrue(
        xml.contains(
            "<source>Les <pc id=\"1\" type=\"fmt\" subType=\"xlf:b\" canCopy=\"no\" canDelete=\"no\""
                + " dataRefStart=\"d1\" dataRefEnd=\"d1e\">dette</pc>"),
        xml);
    assertTrue(
        xml.contains(
            "<ph id=\"3\" type=\"fmt\" subType=\"xlf:lb\" canCopy=\"no\" canDelete=\"no\""
                + " dataRef=\"d3\"/>"),
        xml);
    assertTrue(xml.contains("<note category=\"blockType\">paragraph</note>"), xml);
    assertTrue(xml.contains("<unit id=\"title\" slr:sizeRestriction=\"120\">"), xml);
    assertTrue(xml.contains("<unit id=\"content.q1.person\" translate=\"no\""), xml);
    assertTrue(xml.contains("<slr:profiles generalProfile=\"xliff:codepoints\""), xml);
  }

  @Test
  void xliff12CarriesCodesAsGAndXAndATargetForEveryUnit() {
    String xml = write(document(XliffVersion.V1_2));

    assertTrue(
        xml.contains("<source>Les <g id=\"1\" ctype=\"bold\" clone=\"no\">dette</g> og "), xml);
    assertTrue(xml.contains("<x id=\"3\" ctype=\"lb\" clone=\"no\"/>"), xml);
    assertTrue(
        xml.contains("<target state=\"needs-translation\">Første sak</target>"),
        "an untranslated unit's target is a copy of its source: " + xml);
    assertTrue(xml.contains("maxwidth=\"120\" size-unit=\"char\""), xml);
    assertTrue(xml.contains("ordna:sourceRevision=\"7\""), xml);
    assertTrue(xml.contains("<note from=\"ordna-cms\">blockType: paragraph</note>"), xml);
  }

  @Test
  void bothVersionsReadBackTheTargetsTheyWrote() {
    for (XliffVersion version : XliffVersion.values()) {
      Violations violations = new Violations();
      XliffDocument read = read(write(document(version)), violations);

      assertEquals(List.of(), violations.list(), version.toString());
      assertEquals(version, read.version());
      assertEquals("se", read.targetLocale());
      XliffFile file = read.files().get(0);
      assertEquals("item-1", file.itemId());
      assertEquals(7, file.sourceRevision());
      assertEquals(SAMI, file.units().get(0).target(), version.toString());
      assertEquals(XliffUnit.State.TRANSLATED, file.units().get(0).state());
      assertEquals(XliffUnit.State.NEW, file.units().get(1).state());
      assertEquals(false, file.units().get(2).translate());
    }
  }

  @Test
  void aUnitSplitIntoSegmentsWithStartAndEndCodesIsReadAsOneText() {
    String xml =
        """
        <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="nb" trgLang="se">
         <file id="f" original="item/i1"><unit id="body:1">
          <segment state="translated"><source>A</source><target>Okta <sc id="1"/>guokte.</target></segment>
          <ignorable><source> </source></ignorable>
          <segment><source>B</source><target>Golbma<ec startRef="1"/> <mrk id="m1" translate="no">njeallje</mrk></target></segment>
         </unit></file></xliff>
        """;
    Violations violations = new Violations();

    XliffUnit unit = read(xml, violations).files().get(0).units().get(0);

    assertEquals(List.of(), violations.list());
    assertEquals(
        List.of(
            new Fragment.Text("Okta "),
            new Fragment.Paired("1", List.of(new Fragment.Text("guokte. Golbma"))),
            new Fragment.Text(" njeallje")),
        unit.target());
  }

  @Test
  void wronglyNestedAndForeignCodesAreReportedForEveryUnit() {
    String xml =
        """
        <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="nb" trgLang="se">
         <file id="f" original="item/i1">
          <unit id="a"><segment><source>x</source>
           <target><sc id="1"/>a<sc id="2"/>b<ec startRef="1"/>c<ec startRef="2"/></target></segment></unit>
          <unit id="b"><segment><source>x</source><target><sc id="1"/>open</target></segment></unit>
          <unit id="c"><segment><source>x</source><target>shut<ec startRef="4"/></target></segment></unit>
         </file></xliff>
        """;
    Violations violations = new Violations();

    XliffDocument document = read(xml, violations);

    assertEquals(
        List.of("file[0].unit[a]", "file[0].unit[a]", "file[0].unit[b]", "file[0].unit[c]"),
        violations.list().stream().map(v -> v.path()).toList());
    assertTrue(violations.list().get(0).message().contains("overlap (wrongly nested)"));
    assertTrue(violations.list().get(2).message().contains("never ends"));
    assertTrue(violations.list().get(3).message().contains("never starts"));
    assertNull(document.files().get(0).units().get(0).target());

    Violations foreign = new Violations();
    read(
        """
        <xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2">
         <file original="item/i1" source-language="nb" target-language="se" datatype="html"><body>
          <trans-unit id="t"><source>x</source><target>y<bpt id="1">&lt;b&gt;</bpt></target></trans-unit>
         </body></file></xliff>
        """,
        foreign);
    assertEquals("<bpt> is not an inline code of this export", foreign.list().get(0).message());
  }

  @Test
  void documentsThatAreNotXliffOrCarryADoctypeAreRefused() {
    Violations violations = new Violations();
    assertThrows(InvalidInputException.class, () -> read("<html/>", violations));
    assertThrows(
        InvalidInputException.class,
        () ->
            read(
                "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                    + "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:1.2\" version=\"1.2\"/>",
                violations));
    read("<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"1.2\"/>", violations);
    assertEquals("xliff.version", violations.list().get(0).path());
  }
}
