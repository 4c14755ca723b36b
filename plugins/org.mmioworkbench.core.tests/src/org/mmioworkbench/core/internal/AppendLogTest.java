package org.mmioworkbench.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/**
 * The log under the trace's side records and the diagnostics: copies (snapshots) keep exactly what they saw, a
 * restored log appending over another timeline does not change that timeline, and dropping old entries keeps
 * numbering and every later entry.
 */
class AppendLogTest {
    private static AppendLog<String> log(int shift, int n) {
        AppendLog<String> log = new AppendLog<>(shift);
        for (int i = 0; i < n; i++) {
            log.append("e" + i);
        }
        return log;
    }

    private static List<String> names(int from, int to) {
        return IntStream.range(from, to).mapToObj(i -> "e" + i).toList();
    }

    @Test
    void aLogOfManyChunksKeepsEveryEntryInOrder() {
        AppendLog<String> log = log(1, 101); // 51 chunks of 2: the chunk directory grows several times
        assertEquals(101, log.size());
        assertEquals(0, log.firstKept());
        assertEquals(names(0, 101), log.view());
        assertEquals("e100", log.reader().get(100));
    }

    @Test
    void aCopyKeepsWhatItSawWhileTheOriginalGoesOn() {
        AppendLog<String> log = log(2, 6);
        AppendLog<String> copy = log.copy();
        log.append("later");
        assertEquals(6, copy.size());
        assertEquals(names(0, 6), copy.view());
        assertEquals(7, log.size());
        assertEquals("later", log.reader().get(6));
    }

    @Test
    void aRestoredLogAppendingOverAnotherTimelineLeavesThatTimelineAsItWas() {
        AppendLog<String> log = log(2, 6);
        AppendLog<String> early = log.copy();
        log.append("e6");
        AppendLog<String> late = log.copy();

        AppendLog<String> early5 = log(2, 0);
        early5.restoreFrom(early);
        early5.append("other"); // slot 6 was written by the other timeline: this log forks its storage
        early5.append("other2");

        assertEquals(names(0, 7), late.view(), "the other timeline is unchanged");
        assertEquals(List.of("e0", "e1", "e2", "e3", "e4", "e5", "other", "other2"), early5.view(),
                "the restored log keeps its own earlier entries, also those in earlier chunks");
        log.append("e7");
        assertEquals(names(0, 8), log.view(), "and the original still appends where it was");
    }

    @Test
    void droppingKeepsTheNumberingAndEveryEntryFromTheFirstChunkThatHoldsAWantedOne() {
        AppendLog<String> log = log(2, 10); // chunks: e0-e3, e4-e7, e8-e9
        log.dropBefore(9);
        assertEquals(8, log.firstKept(), "the chunk holding entry 9 starts at 8");
        assertEquals(10, log.size());
        assertEquals(names(8, 10), log.view());
        assertEquals(names(9, 10), log.view(9));
        assertEquals(names(8, 10), log.view(3), "a view from a dropped entry starts at the first one kept");
        AppendLog.Reader<String> r = log.reader();
        assertEquals("e8", r.get(8));
        IndexOutOfBoundsException gone = assertThrows(IndexOutOfBoundsException.class, () -> r.get(7));
        assertEquals("entry 7 is not held", gone.getMessage());
        assertEquals("entry 10 is not held",
                assertThrows(IndexOutOfBoundsException.class, () -> r.get(10)).getMessage());
        log.append("e10");
        assertEquals(names(8, 11), log.view());
    }

    @Test
    void droppingAllOrNothingAndDroppingTwice() {
        AppendLog<String> log = log(2, 8);
        log.dropBefore(0);
        assertEquals(0, log.firstKept());
        log.dropBefore(100); // past the end: every full chunk goes, the numbering stays
        assertEquals(8, log.firstKept());
        assertEquals(List.of(), log.view());
        log.append("e8");
        assertEquals(List.of("e8"), log.view());
        log.dropBefore(5); // before what is already dropped: nothing changes
        assertEquals(8, log.firstKept());
        assertEquals(9, log.size());
    }

    @Test
    void aViewIsNotChangedByLaterAppendsAndRefusesIndexesOutsideIt() {
        AppendLog<String> log = log(2, 3);
        List<String> view = log.view();
        log.append("e3");
        assertEquals(names(0, 3), view);
        assertThrows(IndexOutOfBoundsException.class, () -> view.get(3));
        assertThrows(IndexOutOfBoundsException.class, () -> view.get(-1));
        assertThrows(UnsupportedOperationException.class, () -> view.add("x"));
    }
}
