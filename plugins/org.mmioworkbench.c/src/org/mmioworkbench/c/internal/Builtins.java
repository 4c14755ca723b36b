package org.mmioworkbench.c.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.mmioworkbench.c.libc.AssertMessage;
import org.mmioworkbench.c.libc.CString;
import org.mmioworkbench.c.libc.LibcException;
import org.mmioworkbench.c.libc.Printf;
import org.mmioworkbench.core.HandleRights;
import org.mmioworkbench.core.IoMemHandles;
import org.mmioworkbench.core.MapResult;
import org.mmioworkbench.core.MmioConstants;
import org.mmioworkbench.core.RegisterResult;
import org.mmioworkbench.core.Retcode;
import org.mmioworkbench.core.TransferResult;

/**
 * The functions a program may declare (in the bundled headers) without defining: the MMIO API, the simulator's
 * extras and the C library. A declared function that the program does not define binds to the one here of the
 * same name.
 */
public final class Builtins {
    /** A builtin: gets the evaluated arguments (canonical values; records by address). */
    @FunctionalInterface
    public interface B {
        long call(Machine mc, long[] a) throws LibcException;
    }

    /** Thrown by {@code exit}: ends the program with a status. */
    public static final class Exit extends RuntimeException {
        private static final long serialVersionUID = 1L;
        public final int status;

        public Exit(int status) {
            super(null, null, false, false);
            this.status = status;
        }
    }

    /** Thrown by {@code abort} and a failed {@code assert}: ends the program with a message. */
    public static final class Abort extends RuntimeException {
        private static final long serialVersionUID = 1L;
        /** Whether the message is printed as is (assert) rather than as a positioned error. */
        public final boolean plain;

        public Abort(String message, boolean plain) {
            super(message, null, false, false);
            this.plain = plain;
        }
    }

    static final long BASE = 0x8000;
    private static final Map<String, B> TABLE = new LinkedHashMap<>();
    private static final List<String> NAMES = new ArrayList<>();

    private Builtins() {
    }

    public static B find(String name) {
        return TABLE.get(name);
    }

    /** The function address of a builtin, or 0. */
    public static long address(String name) {
        int i = NAMES.indexOf(name);
        return i < 0 ? 0 : BASE + 16L * i;
    }

    /** The builtin at a function address, or null. */
    public static B at(long address) {
        if (address < BASE || (address - BASE) % 16 != 0 || (address - BASE) / 16 >= NAMES.size()) {
            return null;
        }
        return TABLE.get(NAMES.get((int) ((address - BASE) / 16)));
    }

    public static String nameAt(long address) {
        B b = at(address);
        return b == null ? null : NAMES.get((int) ((address - BASE) / 16));
    }

    private static void def(String name, B b) {
        TABLE.put(name, b);
        NAMES.add(name);
    }

    private static String str(Machine mc, long a) {
        if (a == 0) {
            throw new CFault("null pointer passed as a string");
        }
        return new String(mc.mem.cString(a, 1 << 20), StandardCharsets.UTF_8);
    }

    private static void out32(Machine mc, long ptr, int v) {
        if (ptr != 0) {
            mc.mem.store32(ptr, v);
        }
    }

    private static byte[] format(Machine mc, long fmt, long[] a, int first) throws LibcException {
        int[] i = {first};
        return Printf.format(mc.mem, fmt, () -> {
            if (i[0] >= a.length) {
                throw new CFault("printf: the format asks for more arguments than were passed");
            }
            return a[i[0]++];
        });
    }

    static {
        // ---- the MMIO API (coresrv/io/mmio.h, coresrv/handle/handle_api.h)
        def("KnRegisterPhyMem", (mc, a) -> {
            RegisterResult r = mc.api().knRegisterPhyMem(a[0], a[1], (int) a[2]);
            out32(mc, a[3], r.rid());
            return r.rc().code();
        });
        def("KnIoMapMem", (mc, a) -> {
            MapResult r = mc.api().knIoMapMem((int) a[0], (int) a[1], (int) a[2]);
            if (a[3] != 0) {
                mc.mem.store64(a[3], r.ok() ? r.address() : 0);
            }
            out32(mc, a[4], r.handle());
            return r.rc().code();
        });
        def("IoReadMmReg8", (mc, a) -> mc.api().ioReadMmReg8(a[0]) & 0xFFL);
        def("IoReadMmReg16", (mc, a) -> mc.api().ioReadMmReg16(a[0]) & 0xFFFFL);
        def("IoReadMmReg32", (mc, a) -> mc.api().ioReadMmReg32(a[0]) & 0xFFFF_FFFFL);
        def("IoWriteMmReg8", (mc, a) -> {
            mc.api().ioWriteMmReg8(a[0], (int) a[1]);
            return 0;
        });
        def("IoWriteMmReg16", (mc, a) -> {
            mc.api().ioWriteMmReg16(a[0], (int) a[1]);
            return 0;
        });
        def("IoWriteMmReg32", (mc, a) -> {
            mc.api().ioWriteMmReg32(a[0], (int) a[1]);
            return 0;
        });
        def("IoReadMmBuffer8", (mc, a) -> {
            int n = count(a[2]);
            byte[] b = new byte[n];
            mc.api().ioReadMmBuffer8(a[0], b, n);
            mc.mem.write(a[1], b, 0, n);
            return 0;
        });
        def("IoReadMmBuffer16", (mc, a) -> {
            int n = count(a[2]);
            short[] b = new short[n];
            mc.api().ioReadMmBuffer16(a[0], b, n);
            for (int i = 0; i < n; i++) {
                mc.mem.store16(a[1] + 2L * i, b[i]);
            }
            return 0;
        });
        def("IoReadMmBuffer32", (mc, a) -> {
            int n = count(a[2]);
            int[] b = new int[n];
            mc.api().ioReadMmBuffer32(a[0], b, n);
            for (int i = 0; i < n; i++) {
                mc.mem.store32(a[1] + 4L * i, b[i]);
            }
            return 0;
        });
        def("IoWriteMmBuffer8", (mc, a) -> {
            int n = count(a[2]);
            byte[] b = new byte[n];
            mc.mem.read(a[1], b, 0, n);
            mc.api().ioWriteMmBuffer8(a[0], b, n);
            return 0;
        });
        def("IoWriteMmBuffer16", (mc, a) -> {
            int n = count(a[2]);
            short[] b = new short[n];
            for (int i = 0; i < n; i++) {
                b[i] = (short) mc.mem.loadU16(a[1] + 2L * i);
            }
            mc.api().ioWriteMmBuffer16(a[0], b, n);
            return 0;
        });
        def("IoWriteMmBuffer32", (mc, a) -> {
            int n = count(a[2]);
            int[] b = new int[n];
            for (int i = 0; i < n; i++) {
                b[i] = (int) mc.mem.loadS32(a[1] + 4L * i);
            }
            mc.api().ioWriteMmBuffer32(a[0], b, n);
            return 0;
        });
        def("KnIoMemHandlesClear", (mc, a) -> {
            IoMemHandles h = new IoMemHandles();
            mc.api().knIoMemHandlesClear(h);
            mc.mem.store32(a[0], h.rid);
            mc.mem.store32(a[0] + 4, h.handle);
            return 0;
        });
        def("KnIoMemHandlesClose", (mc, a) -> {
            IoMemHandles h = new IoMemHandles();
            h.rid = (int) mc.mem.loadS32(a[0]);
            h.handle = (int) mc.mem.loadS32(a[0] + 4);
            Retcode rc = mc.api().knIoMemHandlesClose(h);
            mc.mem.store32(a[0], h.rid);
            mc.mem.store32(a[0] + 4, h.handle);
            return rc.code();
        });
        def("KnHandleClose", (mc, a) -> mc.api().knHandleClose((int) a[0]).code());
        def("KnHandleRevoke", (mc, a) -> mc.api().knHandleRevoke((int) a[0]).code());

        // ---- the simulator's extras (mmio_sim/sim.h)
        def("Delay", (mc, a) -> {
            if (a[0] < 0) {
                throw new CFault("Delay: the time is more than 2^63-1 ns");
            }
            mc.sim().advance(a[0]);
            return 0;
        });
        def("UartInput", (mc, a) -> {
            String dev = str(mc, a[0]);
            String text = str(mc, a[1]);
            try {
                mc.sim().input(dev, text);
            } catch (IllegalArgumentException e) {
                throw new CFault("UartInput: " + e.getMessage());
            }
            return 0;
        });
        def("IpcTransferHandle", (mc, a) -> transfer(mc, a[0], a[1], null, a[2]));
        def("IpcTransferHandleRights", (mc, a) -> transfer(mc, a[0], a[1], str(mc, a[2]), a[3]));
        def("IpcReceiveHandle", (mc, a) -> {
            String sender = a[0] == 0 ? null : str(mc, a[0]);
            Mailbox.Message msg = mc.mailbox().take(mc.processName(), sender);
            out32(mc, a[1], msg == null ? MmioConstants.INVALID_HANDLE : msg.handle());
            return msg == null ? Retcode.rcResourceNotFound.code() : Retcode.rcOk.code();
        });

        // ---- stdio.h
        def("printf", (mc, a) -> {
            byte[] b = format(mc, a[0], a, 1);
            mc.print(b);
            return b.length;
        });
        def("sprintf", (mc, a) -> {
            byte[] b = format(mc, a[1], a, 2);
            mc.checkWrite(a[0], b.length + 1, "sprintf");
            mc.mem.write(a[0], b, 0, b.length);
            mc.mem.store8(a[0] + b.length, 0L);
            return b.length;
        });
        def("snprintf", (mc, a) -> {
            byte[] b = format(mc, a[2], a, 3);
            long n = a[1];
            if (n > 0) {
                int k = (int) Math.min(n - 1, b.length);
                mc.checkWrite(a[0], k + 1, "snprintf");
                mc.mem.write(a[0], b, 0, k);
                mc.mem.store8(a[0] + k, 0L);
            }
            return b.length;
        });
        def("puts", (mc, a) -> {
            byte[] s = mc.mem.cString(a[0], 1 << 20);
            byte[] b = java.util.Arrays.copyOf(s, s.length + 1);
            b[s.length] = '\n';
            mc.print(b);
            return b.length;
        });
        def("putchar", (mc, a) -> {
            mc.print(new byte[] {(byte) a[0]});
            return a[0] & 0xFF;
        });

        // ---- stdlib.h
        def("malloc", (mc, a) -> mc.malloc(a[0]));
        def("calloc", (mc, a) -> {
            if (a[0] != 0 && a[1] != 0 && (a[0] < 0 || a[1] < 0 || Long.MAX_VALUE / a[0] < a[1])) {
                return 0;
            }
            long p = mc.malloc(a[0] * a[1]);
            if (p != 0) {
                mc.mem.fill(p, 0, a[0] * a[1]);
            }
            return p;
        });
        def("realloc", (mc, a) -> mc.realloc(a[0], a[1]));
        def("free", (mc, a) -> {
            mc.free(a[0]);
            return 0;
        });
        def("exit", (mc, a) -> {
            throw new Exit((int) a[0]);
        });
        def("_Exit", (mc, a) -> {
            throw new Exit((int) a[0]);
        });
        def("abort", (mc, a) -> {
            throw new Abort("abort() was called", false);
        });
        def("__assert_fail", (mc, a) -> {
            String func = a[3] == 0 ? null : str(mc, a[3]);
            throw new Abort(AssertMessage.format(str(mc, a[1]), (int) a[2], func, str(mc, a[0])), true);
        });
        def("abs", (mc, a) -> (int) Math.abs((int) a[0]));
        def("labs", (mc, a) -> Math.abs(a[0]));
        def("llabs", (mc, a) -> Math.abs(a[0]));
        def("atoi", (mc, a) -> (int) CString.strtol(mc.mem, a[0], 0, 10));
        def("atol", (mc, a) -> CString.strtol(mc.mem, a[0], 0, 10));
        def("strtol", (mc, a) -> CString.strtol(mc.mem, a[0], a[1], (int) a[2]));
        def("strtoll", (mc, a) -> CString.strtol(mc.mem, a[0], a[1], (int) a[2]));
        def("strtoul", (mc, a) -> CString.strtoul(mc.mem, a[0], a[1], (int) a[2]));
        def("strtoull", (mc, a) -> CString.strtoul(mc.mem, a[0], a[1], (int) a[2]));

        // ---- string.h
        def("memcpy", (mc, a) -> {
            mc.checkWrite(a[0], a[2], "memcpy");
            return CString.memcpy(mc.mem, a[0], a[1], a[2]);
        });
        def("memmove", (mc, a) -> {
            mc.checkWrite(a[0], a[2], "memmove");
            return CString.memmove(mc.mem, a[0], a[1], a[2]);
        });
        def("memset", (mc, a) -> {
            mc.checkWrite(a[0], a[2], "memset");
            return CString.memset(mc.mem, a[0], (int) a[1], a[2]);
        });
        def("memcmp", (mc, a) -> CString.memcmp(mc.mem, a[0], a[1], a[2]));
        def("memchr", (mc, a) -> CString.memchr(mc.mem, a[0], (int) a[1], a[2]));
        def("strlen", (mc, a) -> CString.strlen(mc.mem, a[0]));
        def("strnlen", (mc, a) -> CString.strnlen(mc.mem, a[0], a[1]));
        def("strcpy", (mc, a) -> {
            mc.checkWrite(a[0], CString.strlen(mc.mem, a[1]) + 1, "strcpy");
            return CString.strcpy(mc.mem, a[0], a[1]);
        });
        def("strncpy", (mc, a) -> {
            mc.checkWrite(a[0], a[2], "strncpy");
            return CString.strncpy(mc.mem, a[0], a[1], a[2]);
        });
        def("strcat", (mc, a) -> {
            mc.checkWrite(a[0], CString.strlen(mc.mem, a[0]) + CString.strlen(mc.mem, a[1]) + 1, "strcat");
            return CString.strcat(mc.mem, a[0], a[1]);
        });
        def("strncat", (mc, a) -> {
            long n = Math.min(CString.strnlen(mc.mem, a[1], a[2]), a[2]);
            mc.checkWrite(a[0], CString.strlen(mc.mem, a[0]) + n + 1, "strncat");
            return CString.strncat(mc.mem, a[0], a[1], a[2]);
        });
        def("strcmp", (mc, a) -> CString.strcmp(mc.mem, a[0], a[1]));
        def("strncmp", (mc, a) -> CString.strncmp(mc.mem, a[0], a[1], a[2]));
        def("strchr", (mc, a) -> CString.strchr(mc.mem, a[0], (int) a[1]));
        def("strrchr", (mc, a) -> CString.strrchr(mc.mem, a[0], (int) a[1]));
        def("strstr", (mc, a) -> CString.strstr(mc.mem, a[0], a[1]));
        def("strspn", (mc, a) -> span(mc, a[0], a[1], true));
        def("strcspn", (mc, a) -> span(mc, a[0], a[1], false));
        def("strpbrk", (mc, a) -> {
            long n = span(mc, a[0], a[1], false);
            return mc.mem.loadU8(a[0] + n) == 0 ? 0 : a[0] + n;
        });
    }

    private static long span(Machine mc, long s, long set, boolean in) {
        byte[] chars = mc.mem.cString(set, 1 << 20);
        long n = 0;
        for (;;) {
            long c = mc.mem.loadU8(s + n);
            if (c == 0) {
                return n;
            }
            boolean found = false;
            for (byte b : chars) {
                if ((b & 0xFF) == c) {
                    found = true;
                    break;
                }
            }
            if (found != in) {
                return n;
            }
            n++;
        }
    }

    private static int count(long n) {
        if (n < 0 || n > (1 << 24)) {
            throw new CFault("buffer count " + Long.toUnsignedString(n) + " is too large");
        }
        return (int) n;
    }

    private static long transfer(Machine mc, long handle, long process, String rights, long out) {
        String to = str(mc, process);
        if (!org.mmioworkbench.core.Simulator.isProcessName(to)) {
            throw new CFault("IpcTransferHandle: '" + to + "' cannot name a process");
        }
        HandleRights r = null;
        if (rights != null) {
            try {
                r = HandleRights.parse(rights);
            } catch (IllegalArgumentException e) {
                throw new CFault("IpcTransferHandleRights: " + e.getMessage());
            }
        }
        org.mmioworkbench.core.SimProcess from = mc.sim().process(mc.processName());
        org.mmioworkbench.core.SimProcess dest = mc.sim().process(to);
        TransferResult t = r == null ? mc.sim().ipcTransferHandle(from, (int) handle, dest)
                : mc.sim().ipcTransferHandle(from, (int) handle, dest, r);
        out32(mc, out, t.ok() ? t.handle() : MmioConstants.INVALID_HANDLE);
        if (t.ok()) {
            mc.mailbox().send(mc.processName(), to, t.handle());
        }
        return t.rc().code();
    }
}
