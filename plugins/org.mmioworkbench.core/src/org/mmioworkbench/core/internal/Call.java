package org.mmioworkbench.core.internal;

import java.util.List;
import java.util.OptionalLong;

import org.mmioworkbench.core.AddressRange;
import org.mmioworkbench.core.DiagnosticKind;
import org.mmioworkbench.core.FaultCause;
import org.mmioworkbench.core.MmioFault;
import org.mmioworkbench.core.RegisterDecoder;
import org.mmioworkbench.core.Retcode;

/**
 * One operation being recorded: it remembers when it started, who made it and with which arguments,
 * and finishes with exactly one trace event followed by the clock advancing by the operation's cost.
 */
final class Call {
    private final Recorder recorder;
    private final long start;
    private final String actor;
    private final String operation;
    private final String arguments;

    Call(Recorder recorder, long start, String actor, String operation, String arguments) {
        this.recorder = recorder;
        this.start = start;
        this.actor = actor;
        this.operation = operation;
        this.arguments = arguments;
    }

    long start() {
        return start;
    }

    String actor() {
        return actor;
    }

    void diagnose(DiagnosticKind kind, String message, AddressRange range, List<String> actors) {
        recorder.diagnose(start, kind, message, range, actors);
    }

    /** Finishes a call that returns a {@link Retcode}; {@code detail} adds out-values or the reason. */
    Retcode end(Retcode rc, String detail, OptionalLong physicalAddress, String device, long cost) {
        String result = detail.isEmpty() ? rc.name() : rc.name() + " " + detail;
        recorder.trace(start, actor, operation, arguments, result, rc, null, physicalAddress, device, null);
        recorder.elapse(cost);
        return rc;
    }

    /** Finishes an operation that returns no {@link Retcode} (register accesses, clock). */
    void endPlain(String result, OptionalLong physicalAddress, String device, long cost) {
        recorder.trace(start, actor, operation, arguments, result, null, null, physicalAddress, device, null);
        recorder.elapse(cost);
    }

    /** Records a fault (trace event and diagnostic), lets the access's time pass and returns the exception. */
    MmioFault fault(FaultCause cause, long virtualAddress, OptionalLong physicalAddress, String device,
            RegisterDecoder register, int widthBits, boolean write, AddressRange diagnosticRange, long cost) {
        MmioFault f = new MmioFault(actor, virtualAddress, physicalAddress, cause, widthBits, write, start);
        recorder.trace(start, actor, operation, arguments, "FAULT " + cause.name() + ": " + cause.description(),
                null, cause, physicalAddress, device, register);
        recorder.diagnose(start, DiagnosticKind.FAULT, f.getMessage(), diagnosticRange, List.of(actor));
        recorder.elapse(cost);
        return f;
    }
}
