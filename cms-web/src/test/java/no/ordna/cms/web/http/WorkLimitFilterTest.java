package no.ordna.cms.web.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class WorkLimitFilterTest {

  @Test
  void asManyMayWaitOnTheDatabaseAsThePoolHasThreadsLessTwoAndAtLeastOne() {
    assertEquals(4, WorkLimitFilter.permits(6));
    assertEquals(46, WorkLimitFilter.permits(48));
    assertEquals(1, WorkLimitFilter.permits(3));
    assertEquals(1, WorkLimitFilter.permits(2));
  }
}
