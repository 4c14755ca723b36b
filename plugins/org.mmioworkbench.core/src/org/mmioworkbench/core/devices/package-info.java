/**
 * Device models and built-in boards: register semantics from CMSIS-SVD descriptions, the ARM PrimeCell
 * UART (PL011), RTC (PL031) and GPIO (PL061), the Broadcom BCM2711 GPIO and system timer, and the
 * {@code qemu-virt} and {@code rpi4b} boards.
 *
 * <h2>Building blocks</h2>
 * <ul>
 * <li>{@link org.mmioworkbench.core.devices.RegisterFile}: the registers of one device with the semantics
 *     of its {@link org.mmioworkbench.core.svd.SvdPeripheral}; {@link org.mmioworkbench.core.devices.Register}
 *     is one register, compiled to bit masks, that also decodes field changes for the trace.</li>
 * <li>{@link org.mmioworkbench.core.devices.DeviceBehavior}: hooks a device model implements to react to
 *     register reads and writes, before and after the generic semantics.</li>
 * <li>{@link org.mmioworkbench.core.devices.SvdRegisterDevice}: a device with only the generic semantics,
 *     made by {@link org.mmioworkbench.core.devices.DeviceCatalog#fromSvd(org.mmioworkbench.core.svd.SvdPeripheral)}.</li>
 * <li>{@link org.mmioworkbench.core.devices.DeviceCatalog}: the models by name ({@code memory},
 *     {@code pl011}, {@code pl031}, {@code pl061}, {@code bcm2711-gpio}, {@code bcm2711-systimer}) for board
 *     files; {@link org.mmioworkbench.core.devices.Boards}: the built-in boards.</li>
 * </ul>
 * A device model with behaviour implements {@link org.mmioworkbench.core.DeviceModel} and
 * {@link org.mmioworkbench.core.devices.DeviceBehavior}, builds a {@code RegisterFile} over its description
 * passing itself as the behaviour, delegates {@code read}/{@code write}/{@code peek} to it, keeps its own state
 * (FIFOs, counters) next to it, follows the clock through {@code advance}/{@code nextEventNanos}, drives
 * interrupt lines from {@link org.mmioworkbench.core.DeviceContext#interruptLine(String)} and saves everything
 * in {@code saveState} ({@link org.mmioworkbench.core.devices.Pl031} is the smallest example). Each shipped model
 * reads its registers from its own SVD file in {@code org/mmioworkbench/core/devices/svd/}, written from the
 * public ARM and Broadcom manuals named in each file.
 *
 * <h2>Decisions</h2>
 * <ul>
 * <li><b>Register widths and extent.</b> A register is simulated as a whole number of bytes, 8 to 64 bits
 *     (CMSIS-SVD allows any width from 1 to 64 bits), within the first MiB of its device.
 *     {@link org.mmioworkbench.core.devices.RegisterFile#check} says whether a description meets that and fits
 *     a device window; the board-file reader calls it for every device (SVD peripherals and the models' own
 *     descriptions), so a board whose device cannot be simulated is refused at the device's position when the
 *     board is read, not when the simulator creates the device.</li>
 * <li><b>Reset values</b> are {@code resetValue & resetMask}.</li>
 * <li><b>Read-only / write-only.</b> Write-only bits read as 0; read-only bits keep their value. A read
 *     whose bytes hold only write-only bits, a write to bytes holding only read-only bits, and a write that
 *     tries to change a read-only field of an otherwise writable register leave a diagnostic naming the
 *     process, the register and the fields ({@code READ_OF_WRITE_ONLY}, {@code WRITE_TO_READ_ONLY}); writing
 *     back the value a read returned (read-modify-write) does not.</li>
 * <li><b>Write-once</b> ({@code writeOnce}, {@code read-writeOnce}): the first write after reset takes
 *     effect, every later one is ignored for those bits and leaves a {@code WRITE_ONCE_REPEATED}
 *     diagnostic.</li>
 * <li><b>{@code modifiedWriteValues}</b> applies per field; bits outside every field follow the register's.
 *     <b>{@code readAction}</b> {@code clear}/{@code set} applies to the bits read; {@code modify} and
 *     {@code modifyExternal} are left to the device's behaviour.</li>
 * <li><b>Narrow accesses.</b> An 8- or 16-bit access of a wider register reaches its byte lane,
 *     little-endian (an 8-bit read at +1 returns bits 15..8). A narrow write is a write of just those bytes:
 *     bits outside the lane keep their value whatever their {@code modifiedWriteValues} (an 8-bit write of 0
 *     to a {@code zeroToClear} register clears only bits of that byte; {@code clear}/{@code set} fields
 *     change only their bits in the lane); write-once bits are used up only in the bytes written;
 *     {@code readAction} affects only the bytes read.</li>
 * <li><b>Wider accesses.</b> An access wider than a register (or straddling registers) is split into one
 *     access per register it covers, in address order, each taking its bytes of the value in little-endian
 *     order (the lowest address is the least significant byte). Bytes with no register read as 0, ignore the
 *     write and leave a {@code NO_REGISTER} diagnostic. The trace names every register reached.</li>
 * <li><b>Offsets with no register</b> read as 0, ignore writes and leave a {@code NO_REGISTER} diagnostic
 *     ("no register at ..."), whether the whole access or only some of its bytes miss.</li>
 * <li><b>Overlapping registers</b> (alternate registers): the first in address, then file order, is reached.</li>
 * <li><b>Reference clocks.</b> The PL011's UARTCLK is a model parameter: 24 MHz on {@code qemu-virt}
 *     ({@link org.mmioworkbench.core.devices.Pl011#QEMU_VIRT_CLOCK_HZ}, as QEMU's virt machine declares it) and
 *     48 MHz on {@code rpi4b} ({@link org.mmioworkbench.core.devices.Pl011#RPI4_CLOCK_HZ}, the Raspberry Pi 4
 *     firmware's UART clock). The PL031 counts whole seconds of simulated time (a tick at every whole second
 *     since boot); the BCM2711 system timer counts microseconds since boot (1 MHz).</li>
 * <li><b>Boot state.</b> The built-in boards model the machine as the kernel leaves it: the console UART
 *     is already programmed (115200 baud, 8N1, FIFOs, enabled), and QEMU's PL031 runs from power-on.
 *     Catalog models start in the hardware reset state unless options say otherwise.</li>
 * <li><b>UART input</b> arrives at the UART's own frame time; it waits while the receiver is disabled (as if
 *     the sender used flow control); characters arriving at a full receive FIFO are lost (overrun).</li>
 * <li><b>Interrupt lines</b> are named like the device ({@code UART0}), or device and suffix for devices
 *     with several ({@code SYSTIMER.C1}, {@code GPIO.BANK0}); each change is traced
 *     ({@code IRQ UART0 raised}).</li>
 * </ul>
 */
package org.mmioworkbench.core.devices;
