package org.mmioworkbench.core.devices;


import org.mmioworkbench.core.DeviceContext;
import org.mmioworkbench.core.DeviceState;
import org.mmioworkbench.core.svd.SvdPeripheral;

/**
 * A device with only the register semantics of its CMSIS-SVD description (see {@link RegisterFile}),
 * plus an optional {@link DeviceBehavior} for reactions to register accesses that need no clock. Made by
 * {@link DeviceCatalog#fromSvd(SvdPeripheral)}; board files use it for devices the catalog has no model
 * of.
 */
public final class SvdRegisterDevice extends RegisterFileDevice {
    private final RegisterFile registers;

    /**
     * Creates the device in its reset state.
     *
     * @param context the simulator's services
     * @param peripheral the description
     * @param behavior reactions to accesses, or {@link DeviceBehavior#NONE}
     */
    public SvdRegisterDevice(DeviceContext context, SvdPeripheral peripheral, DeviceBehavior behavior) {
        this.registers = new RegisterFile(context, peripheral, behavior);
    }

    /**
     * Returns the registers, e.g. to inspect or preset them in a test.
     *
     * @return the register file
     */
    @Override
    public RegisterFile registers() {
        return registers;
    }

    @Override
    public void reset() {
        registers.reset();
    }

    @Override
    public DeviceState saveState() {
        return registers.save();
    }

    @Override
    public void restoreState(DeviceState state) {
        registers.restore(state);
    }
}
