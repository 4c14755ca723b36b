package org.mmioworkbench.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Optional;

import org.mmioworkbench.core.AddressRange;
import org.mmioworkbench.core.DeviceModel;
import org.mmioworkbench.core.DeviceWindow;
import org.mmioworkbench.core.FileProblemException;
import org.mmioworkbench.core.devices.DeviceCatalog;
import org.mmioworkbench.core.devices.RegisterFile;
import org.mmioworkbench.core.svd.SvdDevice;
import org.mmioworkbench.core.svd.SvdException;
import org.mmioworkbench.core.svd.SvdListing;
import org.mmioworkbench.core.svd.SvdPeripheral;
import org.mmioworkbench.core.svd.SvdReader;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes the SVD reader with any bytes. An input either reads, and then lists on lines of their own and
 * builds a device wherever the device layer says it can, or is an {@link SvdException} at a position.
 */
class SvdReaderFuzzTest {
    static final String FILE = "fuzz.svd";

    @FuzzTest
    @DictionaryFile(resourcePath = "svd.dict")
    void svdFile(byte[] input) {
        SvdDevice device;
        try {
            device = SvdReader.read(new ByteArrayInputStream(input), FILE);
        } catch (SvdException e) {
            Contract.positioned(e, FILE);
            return;
        }
        List<String> lines = SvdListing.lines(device);
        assertEquals(device.registerCount() + 1, lines.size());
        for (String line : lines) {
            assertEquals(FileProblemException.printable(line), line, "a listing line holds control characters");
        }
        for (SvdPeripheral p : device.peripherals()) {
            Optional<String> problem = RegisterFile.check(p, 1 << 20);
            if (problem.isEmpty()) {
                DeviceWindow window = new DeviceWindow("DEV", new AddressRange(0x1000_0000L, 1 << 20), false,
                        DeviceCatalog.fromSvd(p));
                DeviceModel model = window.factory().create(window); // must not throw: the check said it fits
                model.peek(0, 32);
            }
        }
    }
}
