package no.ordna.cms.delivery.application;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import no.ordna.cms.contenttype.domain.FieldType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FilterValuesTest {

  @ParameterizedTest
  @ValueSource(strings = {"0", "-0", "42", "-3.25", "1e3", "2.5E-4", "1e308"})
  void decimalNumbersAreValid(String value) {
    assertTrue(FilterValues.valid(FieldType.NUMBER, value), value);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"NaN", "Infinity", "-Infinity", "1e999999", "0x1p3", "1d", "2f", "", " 1", "+1"})
  void numbersTheIndexCannotHoldAreInvalid(String value) {
    assertFalse(FilterValues.valid(FieldType.NUMBER, value), value);
  }

  @ParameterizedTest
  @ValueSource(strings = {"2016-06-01", "0001-01-01", "9999-12-31"})
  void datesOfTheYears1To9999AreValid(String value) {
    assertTrue(FilterValues.valid(FieldType.DATE, value), value);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "+999999999-12-31T23:59:59Z",
        "-000001-01-01T00:00:00Z",
        "10000-01-01T00:00:00Z",
        "2020-02-30",
        "2020-01-01T25:00:00Z"
      })
  void timesOutsideTheYears1To9999OrNotRealAreInvalid(String value) {
    assertFalse(FilterValues.valid(FieldType.DATE_TIME, value), value);
  }
}
