package com.workgate.timeclock.common.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PageHeadersTest {

    private static final String BASE = "https://clock.example.com/api/sessions";

    private static String url(String query) {
        return "<" + BASE + "?" + query + ">";
    }

    @Test
    void aMiddlePageLinksEverywhere() {
        PageHeaders headers = PageHeaders.of(95, 2, 20, BASE, null);

        assertEquals(Map.of(
                "X-Pagination-Total-Count", "95",
                "X-Pagination-Page-Count", "5",
                "X-Pagination-Current-Page", "2",
                "X-Pagination-Per-Page", "20",
                "Link", url("page=2&per-page=20") + "; rel=self, "
                        + url("page=1&per-page=20") + "; rel=first, "
                        + url("page=5&per-page=20") + "; rel=last, "
                        + url("page=1&per-page=20") + "; rel=prev, "
                        + url("page=3&per-page=20") + "; rel=next"), headers.asMap());
        assertEquals(List.of("X-Pagination-Total-Count", "X-Pagination-Page-Count", "X-Pagination-Current-Page",
                "X-Pagination-Per-Page", "Link"), List.copyOf(headers.asMap().keySet()));
    }

    @Test
    void theFirstPageHasNoPrev() {
        assertEquals(url("page=1&per-page=20") + "; rel=self, " + url("page=1&per-page=20") + "; rel=first, "
                        + url("page=3&per-page=20") + "; rel=last, " + url("page=2&per-page=20") + "; rel=next",
                PageHeaders.of(41, 1, 20, BASE, "").link());
    }

    @Test
    void theLastPageHasNoNext() {
        assertEquals(url("page=3&per-page=20") + "; rel=self, " + url("page=1&per-page=20") + "; rel=first, "
                        + url("page=3&per-page=20") + "; rel=last, " + url("page=2&per-page=20") + "; rel=prev",
                PageHeaders.of(41, 3, 20, BASE, null).link());
    }

    @Test
    void aSinglePageHasNeitherPrevNorNext() {
        assertEquals(url("page=1&per-page=50") + "; rel=self, " + url("page=1&per-page=50") + "; rel=first, "
                        + url("page=1&per-page=50") + "; rel=last",
                PageHeaders.of(50, 1, 50, BASE, null).link());
    }

    @Test
    void pageCountRoundsUp() {
        assertEquals(1, PageHeaders.of(1, 1, 20, BASE, null).pageCount());
        assertEquals(1, PageHeaders.of(20, 1, 20, BASE, null).pageCount());
        assertEquals(2, PageHeaders.of(21, 1, 20, BASE, null).pageCount());
        assertEquals(7, PageHeaders.of(7, 1, 1, BASE, null).pageCount());
    }

    @Test
    void anEmptyListHasNoPagesAndOnlyASelfLink() {
        PageHeaders headers = PageHeaders.of(0, 1, 20, BASE, null);
        assertEquals("0", headers.asMap().get("X-Pagination-Total-Count"));
        assertEquals("0", headers.asMap().get("X-Pagination-Page-Count"));
        assertEquals("1", headers.asMap().get("X-Pagination-Current-Page"));
        assertEquals(url("page=1&per-page=20") + "; rel=self", headers.link());
    }

    @Test
    void aPagePastTheEndIsReportedAsAskedAndItsPrevIsTheLastPage() {
        PageHeaders headers = PageHeaders.of(45, 7, 20, BASE, null);
        assertEquals("7", headers.asMap().get("X-Pagination-Current-Page"));
        assertEquals("3", headers.asMap().get("X-Pagination-Page-Count"));
        assertEquals(url("page=7&per-page=20") + "; rel=self, " + url("page=1&per-page=20") + "; rel=first, "
                        + url("page=3&per-page=20") + "; rel=last, " + url("page=3&per-page=20") + "; rel=prev",
                headers.link());
    }

    @Test
    void theOtherQueryParametersAreKeptAsSentAndPagingIsReplaced() {
        String rawQuery = "filter%5BclockIn%5D%5Bgte%5D=1700000000&page=2&sort=-id&per-page=5&per%2Dpage=9";
        PageHeaders headers = PageHeaders.of(12, 2, 5, BASE, rawQuery);
        String kept = "filter%5BclockIn%5D%5Bgte%5D=1700000000&sort=-id&";
        assertEquals(url(kept + "page=2&per-page=5") + "; rel=self, " + url(kept + "page=1&per-page=5")
                        + "; rel=first, " + url(kept + "page=3&per-page=5") + "; rel=last, "
                        + url(kept + "page=1&per-page=5") + "; rel=prev, " + url(kept + "page=3&per-page=5")
                        + "; rel=next",
                headers.link());
    }

    @Test
    void emptyPairsAndValuelessParametersAreHandled() {
        assertEquals(url("expand&page=1&per-page=20") + "; rel=self",
                PageHeaders.of(0, 1, 20, BASE, "&expand&&page").link());
    }

    @Test
    void aListQuerySuppliesPageAndSize() {
        ListQuery query = new ListQuery(List.of(), List.of(), 2, 10);
        assertEquals(PageHeaders.of(30, 2, 10, BASE, null), PageHeaders.of(30, query, BASE, null));
    }

    @Test
    void impossibleInputIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> PageHeaders.of(-1, 1, 20, BASE, null));
        assertThrows(IllegalArgumentException.class, () -> PageHeaders.of(1, 0, 20, BASE, null));
        assertThrows(IllegalArgumentException.class, () -> PageHeaders.of(1, 1, 0, BASE, null));
    }
}
