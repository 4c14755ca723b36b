package org.mmioworkbench.core;

/**
 * The SDK's structure that stores the handles created for MMIO: {@link #rid} from
 * {@code KnRegisterPhyMem} and {@link #handle} from {@code KnIoMapMem}. Fields are public like the C
 * struct's; both start as {@code INVALID_HANDLE}, and {@code KnIoMemHandlesClear}/{@code KnIoMemHandlesClose}
 * set them back to it.
 */
public final class IoMemHandles {
    /** The MMIO region handle, or {@code INVALID_HANDLE}. */
    public int rid = MmioConstants.INVALID_HANDLE;
    /** The mapping handle, or {@code INVALID_HANDLE}. */
    public int handle = MmioConstants.INVALID_HANDLE;

    /** Creates a structure with both fields set to {@code INVALID_HANDLE}. */
    public IoMemHandles() {
    }

    /**
     * Shows both fields.
     *
     * @return e.g. {@code {rid=0x1, handle=INVALID_HANDLE}}
     */
    @Override
    public String toString() {
        return "{rid=" + text(rid) + ", handle=" + text(handle) + "}";
    }

    static String text(int h) {
        return h == MmioConstants.INVALID_HANDLE ? "INVALID_HANDLE" : "0x" + Integer.toHexString(h);
    }
}
