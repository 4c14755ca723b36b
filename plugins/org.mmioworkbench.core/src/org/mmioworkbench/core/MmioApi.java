package org.mmioworkbench.core;

import java.util.Objects;

/**
 * The KasperskyOS MMIO API ({@code coresrv/io/mmio.h}) and the handle calls it needs
 * ({@code coresrv/handle/handle_api.h}) as seen from one simulated process. Method names are the C
 * names in lower camel case; out-parameters become result records. Register values are {@code int}s,
 * zero-extended for 8 and 16 bits; bits of {@code data} above the access width are ignored, as a C
 * conversion to {@code rtl_uint8_t}/{@code rtl_uint16_t} would. Register accesses that fault throw
 * {@link MmioFault}. Thread-safe: every call locks the simulator.
 */
public final class MmioApi {
    private final Simulator sim;
    private final String process;

    MmioApi(Simulator sim, String process) {
        this.sim = sim;
        this.process = process;
    }

    /**
     * Returns the name of the process the calls run as.
     *
     * @return the process name
     */
    public String process() {
        return process;
    }

    /**
     * {@code KnRegisterPhyMem(addr, size, flags, &outRid)}: registers an MMIO region. See {@link Retcode}
     * for the failures and the package documentation for the sharing rules.
     *
     * @param addr page-aligned physical base
     * @param size size in bytes, a non-zero multiple of the page size (unsigned)
     * @param flags 0 or {@code MMIO_K_SHARED}/{@code MMIO_U_SHARED}
     * @return the return code and the region handle
     */
    public RegisterResult knRegisterPhyMem(long addr, long size, int flags) {
        return sim.callAs(process, e -> e.register(process, addr, size, flags));
    }

    /**
     * {@code KnIoMapMem(rid, prot, attr, &addr, &handle)}: maps a registered region into this process.
     * {@code rid} needs {@link HandleRights#MAP_READ} for {@code VMM_FLAG_READ} and
     * {@link HandleRights#MAP_WRITE} for {@code VMM_FLAG_WRITE} ({@code rcNoCapability} otherwise); the
     * mapping handle gets just those rights, without {@link HandleRights#TRANSFER}.
     *
     * @param rid a region handle of this process
     * @param prot {@code VMM_FLAG_READ}, or {@code VMM_FLAG_READ | VMM_FLAG_WRITE} (write-only mappings are
     *        refused with {@code rcInvalidArgument}: page tables cannot express them)
     * @param attr 0 or one cache flag ({@code VMM_FLAG_CACHE_DISABLE} recommended), optionally with
     *        {@code VMM_FLAG_LOW_GUARD}/{@code VMM_FLAG_HIGH_GUARD}
     * @return the return code, the virtual base address and the mapping handle
     */
    public MapResult knIoMapMem(int rid, int prot, int attr) {
        return sim.callAs(process, e -> e.map(process, rid, prot, attr));
    }

    /**
     * {@code IoReadMmReg8(reg)}: reads an 8-bit register.
     *
     * @param reg virtual address
     * @return the value, 0..255
     * @throws MmioFault if the access faults
     */
    public int ioReadMmReg8(long reg) {
        return sim.readRegister(process, reg, 8);
    }

    /**
     * {@code IoReadMmReg16(reg)}: reads a 16-bit register.
     *
     * @param reg virtual address, even
     * @return the value, 0..65535
     * @throws MmioFault if the access faults
     */
    public int ioReadMmReg16(long reg) {
        return sim.readRegister(process, reg, 16);
    }

    /**
     * {@code IoReadMmReg32(reg)}: reads a 32-bit register.
     *
     * @param reg virtual address, a multiple of 4
     * @return the 32 bits (use {@link Integer#toUnsignedLong(int)} for the unsigned value)
     * @throws MmioFault if the access faults
     */
    public int ioReadMmReg32(long reg) {
        return sim.readRegister(process, reg, 32);
    }

    /**
     * {@code IoWriteMmReg8(reg, data)}: writes an 8-bit register.
     *
     * @param reg virtual address
     * @param data value; only the low 8 bits are written
     * @throws MmioFault if the access faults
     */
    public void ioWriteMmReg8(long reg, int data) {
        write(reg, 8, data);
    }

    /**
     * {@code IoWriteMmReg16(reg, data)}: writes a 16-bit register.
     *
     * @param reg virtual address, even
     * @param data value; only the low 16 bits are written
     * @throws MmioFault if the access faults
     */
    public void ioWriteMmReg16(long reg, int data) {
        write(reg, 16, data);
    }

    /**
     * {@code IoWriteMmReg32(reg, data)}: writes a 32-bit register.
     *
     * @param reg virtual address, a multiple of 4
     * @param data value
     * @throws MmioFault if the access faults
     */
    public void ioWriteMmReg32(long reg, int data) {
        write(reg, 32, data);
    }

    /**
     * {@code IoReadMmBuffer8(reg, buf, cnt)}: reads one 8-bit register {@code count} times into a buffer.
     *
     * @param reg virtual address
     * @param buf destination, element {@code i} gets the {@code i}-th read
     * @param count number of reads, at most {@code buf.length}
     * @throws MmioFault if the access faults
     */
    public void ioReadMmBuffer8(long reg, byte[] buf, int count) {
        int[] v = readBuffer(reg, 8, buf.length, count);
        for (int i = 0; i < count; i++) {
            buf[i] = (byte) v[i];
        }
    }

    /**
     * {@code IoReadMmBuffer16(reg, buf, cnt)}: reads one 16-bit register {@code count} times into a buffer.
     *
     * @param reg virtual address, even
     * @param buf destination
     * @param count number of reads, at most {@code buf.length}
     * @throws MmioFault if the access faults
     */
    public void ioReadMmBuffer16(long reg, short[] buf, int count) {
        int[] v = readBuffer(reg, 16, buf.length, count);
        for (int i = 0; i < count; i++) {
            buf[i] = (short) v[i];
        }
    }

    /**
     * {@code IoReadMmBuffer32(reg, buf, cnt)}: reads one 32-bit register {@code count} times into a buffer.
     *
     * @param reg virtual address, a multiple of 4
     * @param buf destination
     * @param count number of reads, at most {@code buf.length}
     * @throws MmioFault if the access faults
     */
    public void ioReadMmBuffer32(long reg, int[] buf, int count) {
        int[] v = readBuffer(reg, 32, buf.length, count);
        System.arraycopy(v, 0, buf, 0, count);
    }

    /**
     * {@code IoWriteMmBuffer8(reg, buf, cnt)}: writes the first {@code count} bytes of a buffer to one
     * 8-bit register, in order.
     *
     * @param reg virtual address
     * @param buf source
     * @param count number of writes, at most {@code buf.length}
     * @throws MmioFault if the access faults
     */
    public void ioWriteMmBuffer8(long reg, byte[] buf, int count) {
        checkCount(buf.length, count);
        int[] v = new int[count];
        for (int i = 0; i < count; i++) {
            v[i] = buf[i] & 0xFF;
        }
        writeBuffer(reg, 8, v);
    }

    /**
     * {@code IoWriteMmBuffer16(reg, buf, cnt)}: writes {@code count} elements of a buffer to one 16-bit register.
     *
     * @param reg virtual address, even
     * @param buf source
     * @param count number of writes, at most {@code buf.length}
     * @throws MmioFault if the access faults
     */
    public void ioWriteMmBuffer16(long reg, short[] buf, int count) {
        checkCount(buf.length, count);
        int[] v = new int[count];
        for (int i = 0; i < count; i++) {
            v[i] = buf[i] & 0xFFFF;
        }
        writeBuffer(reg, 16, v);
    }

    /**
     * {@code IoWriteMmBuffer32(reg, buf, cnt)}: writes {@code count} elements of a buffer to one 32-bit register.
     *
     * @param reg virtual address, a multiple of 4
     * @param buf source
     * @param count number of writes, at most {@code buf.length}
     * @throws MmioFault if the access faults
     */
    public void ioWriteMmBuffer32(long reg, int[] buf, int count) {
        checkCount(buf.length, count);
        int[] v = new int[count];
        System.arraycopy(buf, 0, v, 0, count);
        writeBuffer(reg, 32, v);
    }

    /**
     * {@code KnIoMemHandlesClear(handles)}: sets both fields to {@code INVALID_HANDLE}.
     *
     * @param handles the structure to initialise
     */
    public void knIoMemHandlesClear(IoMemHandles handles) {
        Objects.requireNonNull(handles, "handles");
        sim.callAs(process, e -> {
            e.clearHandles(process, handles);
            return null;
        });
    }

    /**
     * {@code KnIoMemHandlesClose(handles)}: closes the mapping handle, then the region handle, each with
     * {@code KnHandleClose} if present (a missing one is no error), and sets both fields to
     * {@code INVALID_HANDLE} whatever happens.
     *
     * @param handles the structure
     * @return {@code rcOk}, or the first error of the closes
     */
    public Retcode knIoMemHandlesClose(IoMemHandles handles) {
        Objects.requireNonNull(handles, "handles");
        return sim.callAs(process, e -> e.closeHandles(process, handles));
    }

    /**
     * {@code KnHandleClose(handle)}: closes one handle. Descendants stay valid and are re-parented to its
     * ancestor; closing a mapping handle frees the virtual region; closing a revoked handle frees its slot.
     *
     * @param handle a handle of this process
     * @return {@code rcOk}, {@code rcResourceNotFound} for a value that names nothing in this process,
     *         {@code rcInvalidArgument} for {@code INVALID_HANDLE}
     */
    public Retcode knHandleClose(int handle) {
        return sim.callAs(process, e -> e.close(process, handle));
    }

    /**
     * {@code KnHandleRevoke(handle)}: closes the handle and revokes all its descendants in every process.
     *
     * @param handle a handle of this process
     * @return {@code rcOk}, {@code rcHandleRevoked}, {@code rcResourceNotFound} or {@code rcInvalidArgument}
     */
    public Retcode knHandleRevoke(int handle) {
        return sim.callAs(process, e -> e.revoke(process, handle));
    }

    private void write(long reg, int width, int data) {
        sim.writeRegister(process, reg, width, data);
    }

    private int[] readBuffer(long reg, int width, int length, int count) {
        checkCount(length, count);
        return sim.callAs(process, e -> e.readBuffer(process, reg, width, count));
    }

    private void writeBuffer(long reg, int width, int[] values) {
        sim.callAs(process, e -> {
            e.writeBuffer(process, reg, width, values);
            return null;
        });
    }

    private static void checkCount(int length, int count) {
        if (count < 0 || count > length) {
            throw new IllegalArgumentException("count " + count + " outside buffer of length " + length);
        }
    }
}
