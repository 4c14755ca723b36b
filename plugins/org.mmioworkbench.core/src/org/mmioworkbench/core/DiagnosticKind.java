package org.mmioworkbench.core;

/** The kinds of messages in the simulated kernel's diagnostic output. */
public enum DiagnosticKind {
    /** A registration of an identical range failed because a side lacks {@code MMIO_U_SHARED}. */
    SHARED_ACCESS_CONFLICT,
    /** A registration failed because it partly overlaps a live registration of a different range. */
    PARTIAL_OVERLAP,
    /** A registration failed because the kernel uses an overlapping range and {@code MMIO_K_SHARED} is missing. */
    KERNEL_OWNS_REGION,
    /** The kernel failed to access a range because a process registered it without {@code MMIO_K_SHARED}. */
    KERNEL_ACCESS_FAILED,
    /** A registration was refused because the range overlaps RAM. */
    RAM_REGISTRATION,
    /** Device registers were mapped with a cache attribute other than {@code VMM_FLAG_CACHE_DISABLE}. */
    CACHED_DEVICE_MAPPING,
    /** A process caused an MMIO fault (see {@link MmioFault}). */
    FAULT,
    /** A process read a register, or bytes of one, that hold only write-only bits; the read returned 0. */
    READ_OF_WRITE_ONLY,
    /** A process wrote a read-only register, or tried to change a read-only field; the bits kept their value. */
    WRITE_TO_READ_ONLY,
    /** A process wrote write-once bits a second time after reset; the write left them unchanged. */
    WRITE_ONCE_REPEATED,
    /** A process accessed bytes of a device window where the device has no register (reads 0, writes ignored). */
    NO_REGISTER,
    /**
     * A process used a device in a way its hardware does not support: a character written to a full
     * transmit FIFO (lost), a receive FIFO read while empty, a baud-rate divisor of 0, and the like.
     */
    DEVICE_MISUSE
}
