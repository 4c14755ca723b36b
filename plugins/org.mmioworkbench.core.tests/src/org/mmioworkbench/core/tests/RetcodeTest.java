package org.mmioworkbench.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.mmioworkbench.core.Retcode;

/** The return codes are KasperskyOS's own names, so driver code written against the SDK reads the same here. */
class RetcodeTest {
    /** The names public KasperskyOS code and documentation use ({@code rtl/retcode.h} is not published). */
    private static final Set<String> KASPERSKYOS_NAMES = Set.of("rcOk", "rcFail", "rcInvalidArgument",
            "rcNotConnected", "rcOutOfMemory", "rcBufferTooSmall", "rcBufferTooLarge", "rcInternalError",
            "rcTransferError", "rcReceiveError", "rcSourceFault", "rcTargetFault", "rcIpcInterrupt", "rcRestart",
            "rcNoCapability", "rcNotReady", "rcUnimplemented", "rcBusy", "rcResourceNotFound", "rcTimeout",
            "rcSecurityDisallow", "rcFutexWouldBlock", "rcAbort", "rcInvalidThreadState", "rcAlreadyExists",
            "rcInvalidOperation", "rcHandleRevoked", "rcQuotaExceeded", "rcDeviceNotFound");

    @Test
    void everyReturnCodeIsANameKasperskyOsUses() {
        Set<String> ours = Arrays.stream(Retcode.values()).map(Retcode::name).collect(Collectors.toSet());
        assertTrue(KASPERSKYOS_NAMES.containsAll(ours), "not KasperskyOS names: "
                + ours.stream().filter(n -> !KASPERSKYOS_NAMES.contains(n)).toList());
    }

    @Test
    void codesAreDistinctZeroOnlyForSuccessAndFoundByValue() {
        for (Retcode rc : Retcode.values()) {
            assertEquals(rc == Retcode.rcOk, rc.code() == 0, rc.name());
            assertEquals(rc.isOk(), rc == Retcode.rcOk);
            assertEquals(rc, Retcode.fromCode(rc.code()));
        }
    }
}
