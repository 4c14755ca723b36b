package org.mmioworkbench.script.internal;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.mmioworkbench.core.HandleRights;
import org.mmioworkbench.core.IoMemHandles;
import org.mmioworkbench.core.MapResult;
import org.mmioworkbench.core.MmioApi;
import org.mmioworkbench.core.RegisterResult;
import org.mmioworkbench.core.Retcode;
import org.mmioworkbench.core.SimProcess;
import org.mmioworkbench.core.Simulator;
import org.mmioworkbench.core.TransferResult;
import org.mmioworkbench.script.ScriptEnvironment;

/**
 * Performs a script's calls through the simulation core's Java API, as the current process, so each
 * appears in the simulator's trace. Converts between the script's unsigned 64-bit values and the API's
 * types as C would: handles and flags are truncated to 32 bits, return codes are sign-extended
 * ({@code (uint64_t)(int32_t)rc}), register values and handles are zero-extended.
 */
final class SimulatorCalls {
    private final Simulator sim;
    private final ScriptEnvironment environment;

    SimulatorCalls(Simulator sim, ScriptEnvironment environment) {
        this.sim = sim;
        this.environment = environment;
    }

    /**
     * Calls a function.
     *
     * @param f the function
     * @param in its value and structure-field inputs, in parameter order
     * @param texts its string arguments
     * @param process the calling process
     * @return the result (if any), then the out-values in parameter order
     * @throws org.mmioworkbench.core.MmioFault if a register access faults
     * @throws IllegalArgumentException or {@link IllegalStateException} if the core refuses the call
     */
    long[] call(Builtin f, long[] in, List<byte[]> texts, String process) {
        return switch (f) {
            case KN_REGISTER_PHY_MEM -> {
                RegisterResult r = api(process).knRegisterPhyMem(in[0], in[1], (int) in[2]);
                yield new long[] {rc(r.rc()), handle(r.rid())};
            }
            case KN_IO_MAP_MEM -> {
                MapResult m = api(process).knIoMapMem((int) in[0], (int) in[1], (int) in[2]);
                yield new long[] {rc(m.rc()), m.address(), handle(m.handle())};
            }
            case IO_READ_MM_REG8, IO_READ_MM_REG16, IO_READ_MM_REG32, IO_WRITE_MM_REG8, IO_WRITE_MM_REG16,
                IO_WRITE_MM_REG32 -> throw new IllegalStateException(f.cName()
                        + " is called through ScriptRuntime.readRegister/writeRegister");
            case KN_IO_MEM_HANDLES_CLEAR -> {
                IoMemHandles h = handles(in);
                api(process).knIoMemHandlesClear(h);
                yield new long[] {handle(h.rid), handle(h.handle)};
            }
            case KN_IO_MEM_HANDLES_CLOSE -> {
                IoMemHandles h = handles(in);
                Retcode rc = api(process).knIoMemHandlesClose(h);
                yield new long[] {rc(rc), handle(h.rid), handle(h.handle)};
            }
            case KN_HANDLE_CLOSE -> new long[] {rc(api(process).knHandleClose((int) in[0]))};
            case KN_HANDLE_REVOKE -> new long[] {rc(api(process).knHandleRevoke((int) in[0]))};
            case IPC_TRANSFER_HANDLE -> {
                SimProcess from = sim.process(process);
                SimProcess to = sim.process(text(texts, 0));
                TransferResult t = texts.size() > 1
                        ? sim.ipcTransferHandle(from, (int) in[0], to, HandleRights.parse(text(texts, 1)))
                        : sim.ipcTransferHandle(from, (int) in[0], to);
                yield new long[] {rc(t.rc()), handle(t.handle())};
            }
            case DELAY -> {
                if (in[0] < 0) {
                    throw new IllegalArgumentException("Delay(" + Long.toUnsignedString(in[0]) + ") is too long");
                }
                sim.advance(in[0]);
                yield new long[0];
            }
            case UART_INPUT -> {
                environment.deviceInput(sim, text(texts, 0), texts.get(1).clone());
                yield new long[0];
            }
            case PRINTF -> throw new IllegalStateException("printf is not a simulator call");
        };
    }

    /** Starts a process if needed (a {@code process} statement). */
    void startProcess(String process) {
        sim.process(process);
    }

    private MmioApi api(String process) {
        return sim.process(process).api();
    }

    private static IoMemHandles handles(long[] in) {
        IoMemHandles h = new IoMemHandles();
        h.rid = (int) in[0];
        h.handle = (int) in[1];
        return h;
    }

    private static String text(List<byte[]> texts, int index) {
        return new String(texts.get(index), StandardCharsets.UTF_8);
    }

    private static long rc(Retcode rc) {
        return rc.code();
    }

    private static long handle(int h) {
        return Integer.toUnsignedLong(h);
    }
}
