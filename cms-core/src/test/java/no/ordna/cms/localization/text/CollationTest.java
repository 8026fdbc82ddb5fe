package no.ordna.cms.localization.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class CollationTest {

  private static List<String> sorted(String locale, String... words) {
    List<String> list = new ArrayList<>(Arrays.asList(words));
    Collections.shuffle(list, new java.util.Random(7));
    list.sort(
        (a, b) ->
            Arrays.compareUnsigned(Collation.sortKey(locale, a), Collation.sortKey(locale, b)));
    return list;
  }

  @Test
  void norwegianPutsAeOeAaAfterZ() {
    assertEquals(
        List.of("Alfa", "Zeta", "Ære", "Øst", "Ål"),
        sorted("nb", "Ål", "Zeta", "Ære", "Øst", "Alfa"));
    assertEquals(List.of("by", "bøker", "båt"), sorted("nn", "båt", "by", "bøker"));
  }

  @Test
  void northernSamiFollowsItsAlphabet() {
    // a á b c č d đ e f g h i j k l m n ŋ o p r s š t ŧ u v z ž
    assertEquals(
        List.of(
            "ahki", "áhkku", "buorre", "cuozzu", "čáhci", "dálvi", "đuoddar", "nieida", "ŋoahkka",
            "sápmi", "šaddu", "tolla", "ŧuhkat", "zoavdi", "žiehkka"),
        sorted(
            "se", "žiehkka", "ŧuhkat", "zoavdi", "šaddu", "sápmi", "ŋoahkka", "nieida", "đuoddar",
            "dálvi", "čáhci", "cuozzu", "buorre", "áhkku", "ahki", "tolla"));
  }

  @Test
  void luleSamiPutsAaAfterAAndEngAfterN() {
    assertEquals(
        List.of("ahtsa", "áhttje", "bena", "nuorra", "ŋuolos", "vuojnnet", "åhpadus", "ädne"),
        sorted(
            "smj", "ädne", "åhpadus", "vuojnnet", "ŋuolos", "nuorra", "bena", "áhttje", "ahtsa"));
  }

  @Test
  void southSamiSortsIDiaeresisWithIAndAeOeAaAfterZ() {
    assertEquals(
        List.of("ibie", "ïedtjh", "ij", "zebra", "æjkoe", "øørnegh", "åarjel"),
        sorted("sma", "åarjel", "øørnegh", "æjkoe", "zebra", "ij", "ïedtjh", "ibie"));
  }

  @Test
  void englishUsesTheRootOrder() {
    assertEquals(List.of("apple", "Banana", "cherry"), sorted("en", "cherry", "apple", "Banana"));
  }
}
