package org.mmioworkbench.ui.tests;

import static org.mmioworkbench.ui.tests.Workbench.processEvents;
import static org.mmioworkbench.ui.tests.Workbench.screenshot;
import static org.mmioworkbench.ui.tests.Workbench.waitUntil;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.mmioworkbench.core.MmioConstants.MMIO_K_SHARED;
import static org.mmioworkbench.core.MmioConstants.VMM_FLAG_CACHE_DISABLE;
import static org.mmioworkbench.core.MmioConstants.VMM_FLAG_READ;
import static org.mmioworkbench.core.MmioConstants.VMM_FLAG_WRITE;
import static org.mmioworkbench.ui.internal.views.RegisterEditorView.ACCESS;
import static org.mmioworkbench.ui.internal.views.RegisterEditorView.ADDRESS;
import static org.mmioworkbench.ui.internal.views.RegisterEditorView.DESCRIPTION;
import static org.mmioworkbench.ui.internal.views.RegisterEditorView.NAME;
import static org.mmioworkbench.ui.internal.views.RegisterEditorView.RESET;
import static org.mmioworkbench.ui.internal.views.RegisterEditorView.VALUE;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.eclipse.jface.action.ActionContributionItem;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CCombo;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeColumn;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mmioworkbench.core.Board;
import org.mmioworkbench.core.MapResult;
import org.mmioworkbench.core.MmioApi;
import org.mmioworkbench.core.RegisterResult;
import org.mmioworkbench.core.Retcode;
import org.mmioworkbench.core.Simulator;
import org.mmioworkbench.core.devices.DeviceCatalog;
import org.mmioworkbench.core.devices.Register;
import org.mmioworkbench.core.devices.SvdRegisterDevice;
import org.mmioworkbench.core.svd.SvdAccess;
import org.mmioworkbench.core.svd.SvdDevice;
import org.mmioworkbench.core.svd.SvdPeripheral;
import org.mmioworkbench.core.svd.SvdReader;
import org.mmioworkbench.core.session.SessionRegistry;
import org.mmioworkbench.ui.internal.preferences.MmioPreferences;
import org.mmioworkbench.ui.internal.views.RegisterEditorView;

/**
 * Drives the Register Editor in a real workbench: drivers access registers through the core's MMIO API,
 * edits go through the view's cell editors, and the assertions read what the SWT tree shows and what
 * reached the simulated devices ({@code peek} and the trace).
 */
class RegisterEditorViewTest {
    private static final long UART0 = 0x0900_0000L;
    private static final long GPIO = 0x0903_0000L;
    private static final long UARTIBRD = UART0 + 0x24;
    private static final long UARTLCR_H = UART0 + 0x2C;
    private static final long UARTCR = UART0 + 0x30;
    private static final long GPIODIR = GPIO + 0x400;

    private static int sessionCount;

    private final SessionRegistry registry = SessionRegistry.getDefault();
    private IWorkbenchPage page;
    private RegisterEditorView view;
    private Simulator sim;

    @BeforeEach
    void openTheEditorOnAQemuVirtSession() throws Exception {
        registry.sessions().forEach(registry::end);
        MmioPreferences.store().setToDefault(MmioPreferences.NUMBER_FORMAT);
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        page = PlatformUI.getWorkbench().showPerspective("org.mmioworkbench.ui.perspective", window);
        Shell shell = window.getShell();
        shell.setBounds(shell.getDisplay().getPrimaryMonitor().getClientArea());
        view = (RegisterEditorView) page.showView(RegisterEditorView.ID);
        page.setPartState(page.getReference(view), IWorkbenchPage.STATE_MAXIMIZED);
        processEvents();
        start(Board.qemuVirt());
    }

    @AfterEach
    void closeTheEditor() {
        registry.sessions().forEach(registry::end);
        page.setPartState(page.getReference(view), IWorkbenchPage.STATE_RESTORED);
        page.hideView(view);
        MmioPreferences.store().setToDefault(MmioPreferences.NUMBER_FORMAT);
        processEvents();
    }

    private void start(Board board) {
        String name = "registers " + (++sessionCount);
        sim = registry.start(name, board).simulator();
        waitUntil(() -> view.getContentDescription().contains("'" + name + "'"), "the editor to show " + name);
    }

    @Test
    void theTreeShowsDevicesRegistersAndDecodedFieldsWithHelp() {
        assertEquals(List.of("UART0", "RTC", "GPIO"), names(tree().getItems()));
        assertEquals("0x09000000", row("UART0").getText(ADDRESS));
        assertTrue(row("UART0").getText(DESCRIPTION).contains("registers"), row("UART0").getText(DESCRIPTION));

        TreeItem cr = row("UART0", "UARTCR");
        assertEquals("0x09000030  +0x030", cr.getText(ADDRESS));
        assertEquals("0x00000301", cr.getText(VALUE)); // enabled by the kernel at boot: UARTEN, TXE, RXE
        assertEquals("read-write", cr.getText(ACCESS));
        assertEquals("0x00000300", cr.getText(RESET));
        assertFalse(cr.getText(DESCRIPTION).isBlank());
        TreeItem uarten = row("UART0", "UARTCR", "UARTEN");
        assertEquals("[0]", uarten.getText(ADDRESS));
        assertEquals("0x1", uarten.getText(VALUE));
        assertNotNull(uarten.getImage(VALUE), "a one-bit field shows a checkbox");
        assertEquals("0x0", uarten.getText(RESET));

        TreeItem wlen = row("UART0", "UARTLCR_H", "WLEN");
        assertEquals("[6:5]", wlen.getText(ADDRESS));
        assertEquals("0x3 (BITS8)", wlen.getText(VALUE)); // 8N1 as the kernel left it
        assertEquals("0x1 (FIFO)", row("UART0", "UARTLCR_H", "FEN").getText(VALUE));
        assertNull(wlen.getImage(VALUE));

        TreeItem flags = row("UART0", "UARTFR");
        assertEquals("read-only", flags.getText(ACCESS));
        assertEquals(String.format("0x%08X", sim.peek(UART0 + 0x18, 32).getAsInt()), flags.getText(VALUE));
        TreeItem icr = row("UART0", "UARTICR");
        assertEquals("write-only", icr.getText(VALUE));

        String help = view.getContentDescription();
        assertTrue(help.contains("3 device(s)") && help.contains("highlighted"), help);
        for (TreeColumn column : tree().getColumns()) {
            assertNotNull(column.getToolTipText(), "tooltip of column " + column.getText());
        }
        assertEquals("Value", tree().getColumn(VALUE).getText());
    }

    @Test
    void theToolbarShowsValuesInDecimalAndBinaryAndTheChoiceIsRemembered() {
        TreeItem cr = row("UART0", "UARTCR");
        assertEquals("0x00000301", cr.getText(VALUE));
        runFormatAction("dec");
        waitUntil(() -> row("UART0", "UARTCR").getText(VALUE).equals("769"), "UARTCR in decimal");
        assertEquals("dec", MmioPreferences.store().getString(MmioPreferences.NUMBER_FORMAT));
        assertEquals("768", row("UART0", "UARTCR").getText(RESET));
        assertEquals("3 (BITS8)", row("UART0", "UARTLCR_H", "WLEN").getText(VALUE));
        assertTrue(view.getContentDescription().contains(" in dec"), view.getContentDescription());

        runFormatAction("bin");
        waitUntil(() -> row("UART0", "UARTCR").getText(VALUE).equals("0b0000_0000_0000_0000_0000_0011_0000_0001"),
                "UARTCR in binary");
        assertEquals("0b11 (BITS8)", row("UART0", "UARTLCR_H", "WLEN").getText(VALUE));
        assertEquals("0b1", row("UART0", "UARTCR", "UARTEN").getText(VALUE));
        assertEquals("bin", MmioPreferences.store().getString(MmioPreferences.NUMBER_FORMAT));
        assertTrue(row("UART0").getExpanded() && row("UART0", "UARTCR").getExpanded(),
                "expansion kept when the format changes");
        GC gc = new GC(tree());
        try {
            int whole = gc.textExtent(row("UART0", "UARTCR").getText(VALUE)).x;
            assertTrue(tree().getColumn(VALUE).getWidth() >= whole, "every bit shows: column "
                    + tree().getColumn(VALUE).getWidth() + " px, the value " + whole + " px");
        } finally {
            gc.dispose();
        }

        // the preference page's choice reaches the view too
        MmioPreferences.store().setValue(MmioPreferences.NUMBER_FORMAT, "hex");
        waitUntil(() -> row("UART0", "UARTCR").getText(VALUE).equals("0x00000301"), "UARTCR in hex again");
        assertEquals("hex", view.numberFormat());
    }

    @Test
    void aValueADriverChangedIsHighlightedUntilTheNextStopAndUnchangedOnesAreNot() {
        expand(row("UART0"));
        expand(row("GPIO"));
        expand(row("GPIO", "GPIODIR"));
        assertEquals("0x00000000", row("GPIO", "GPIODIR").getText(VALUE));
        assertFalse(highlighted(row("GPIO", "GPIODIR")));

        MmioApi driver = sim.process("drv").api();
        long gpio = map(driver, GPIO, 0);
        driver.ioWriteMmReg32(gpio + 0x400, 0x0F); // GPIODIR: pins 0-3 outputs

        waitUntil(() -> row("GPIO", "GPIODIR").getText(VALUE).equals("0x0000000F"), "GPIODIR = 0xF");
        assertTrue(highlighted(row("GPIO", "GPIODIR")), "changed register highlighted");
        assertEquals("0x1", row("GPIO", "GPIODIR", "DIR0").getText(VALUE));
        assertTrue(highlighted(row("GPIO", "GPIODIR", "DIR3")), "changed field highlighted");
        assertFalse(highlighted(row("GPIO", "GPIODIR", "DIR4")), "unchanged field not highlighted");
        assertFalse(highlighted(row("GPIO", "GPIOIS")), "unchanged register not highlighted");
        assertFalse(highlighted(row("UART0", "UARTCR")), "unchanged register not highlighted");
        assertEquals(view.highlightColor(), row("GPIO", "GPIODIR").getBackground(NAME).getRGB());
        screenshot("register-editor.png");

        // the next stop: GPIODIR did not change again, so it is no longer highlighted
        sim.advance(1_000);
        waitUntil(() -> !highlighted(row("GPIO", "GPIODIR")), "highlight gone at the next stop");
        assertEquals("0x0000000F", row("GPIO", "GPIODIR").getText(VALUE));
        assertTrue(row("GPIO").getExpanded() && row("GPIO", "GPIODIR").getExpanded() && row("UART0").getExpanded(),
                "expansion kept across refreshes");
    }

    @Test
    void readsForDisplayHaveNoSideEffects() {
        // a character waiting in the receive FIFO stays there however often the editor shows UARTDR and UARTFR
        sim.input("UART0", "x");
        sim.advance(1_000_000);
        expand(row("UART0"));
        waitUntil(() -> (Long.decode(row("UART0", "UARTFR").getText(VALUE)) & 0x10) == 0, "RXFE clear");
        assertFalse(row("UART0", "UARTDR").getText(VALUE).isEmpty());
        for (int i = 0; i < 3; i++) {
            sim.advance(10); // a stop: the rows on screen are read again
            long length = sim.traceLength();
            spin(3 * MmioPreferences.refreshMillis());
            assertEquals(length, sim.traceLength(), "the editor's reads are not traced");
        }
        assertEquals(0, sim.peek(UART0 + 0x18, 32).getAsInt() & 0x10, "RXFE still clear: nothing was read");
    }

    @Test
    void aCheckboxEditOfAFlagWritesThroughTheSimulatorAndAppearsInTheTrace() {
        TreeItem dir3 = row("GPIO", "GPIODIR", "DIR3");
        assertEquals("0x0", dir3.getText(VALUE));
        select(dir3);
        view.getViewer().editElement(dir3.getData(), VALUE); // a click on the checkbox does the same
        processEvents();

        assertEquals(0x8, sim.peek(GPIODIR, 32).getAsInt());
        assertEquals(1, debugWrites("GPIO"));
        assertEquals("Wrote 0x1 to GPIO.GPIODIR.DIR3.", view.lastStatus());
        assertFalse(view.lastStatusIsError());
        waitUntil(() -> row("GPIO", "GPIODIR", "DIR3").getText(VALUE).equals("0x1"), "DIR3 checked");
        assertTrue(highlighted(row("GPIO", "GPIODIR", "DIR3")));

        // the keyboard: F2 on UARTCR.UARTEN toggles it, which disables the UART
        TreeItem uarten = row("UART0", "UARTCR", "UARTEN");
        assertEquals("0x1", uarten.getText(VALUE));
        select(uarten);
        key(tree(), SWT.F2, (char) 0);
        assertEquals(0x300, sim.peek(UARTCR, 32).getAsInt());
        assertEquals(1, debugWrites("UART0"));
        assertTrue(sim.trace().stream().anyMatch(e -> e.operation().equals("debugWrite") && e.device().equals("UART0")
                && e.arguments().contains("offset=0x30") && e.arguments().contains("value=0x300")),
                "trace: " + sim.trace());
        waitUntil(() -> row("UART0", "UARTCR", "UARTEN").getText(VALUE).equals("0x0"), "UARTEN unchecked");
    }

    @Test
    void aFieldEditShowsTheRegistersNewValueInItsRowAtOnce() {
        TreeItem lbe = row("UART0", "UARTCR", "LBE");
        assertEquals("0x0", lbe.getText(VALUE));
        assertEquals("0x00000301", row("UART0", "UARTCR").getText(VALUE));
        select(lbe);
        view.getViewer().editElement(lbe.getData(), VALUE); // ticks the checkbox
        processEvents();
        assertEquals(0x381, sim.peek(UARTCR, 32).getAsInt());
        waitUntil(() -> row("UART0", "UARTCR").getText(VALUE).equals("0x00000381"),
                "the register's row to show the new value, not only the field's (it showed 0x301)");
        assertEquals("0x1", row("UART0", "UARTCR", "LBE").getText(VALUE));
    }

    @Test
    void rowsWhoseReadOrWriteIsNotPlainAreMarkedBeforeAUserActs() {
        ColumnLabelProvider names = (ColumnLabelProvider) view.getViewer().getLabelProvider(NAME);
        TreeItem rsr = row("UART0", "UARTRSR");
        assertNotNull(rsr.getImage(NAME), "a write clears its error flags");
        String tip = names.getToolTipText(rsr.getData());
        assertTrue(tip.startsWith("FE: any write clears it.\nPE: any write clears it."), tip);
        TreeItem fe = row("UART0", "UARTRSR", "FE");
        assertNotNull(fe.getImage(NAME));
        assertTrue(names.getToolTipText(fe.getData()).startsWith("Writing it any write clears it.\n\nUARTRSR.FE"),
                names.getToolTipText(fe.getData()));
        TreeItem icr = row("UART0", "UARTICR");
        assertNotNull(icr.getImage(NAME));
        assertTrue(names.getToolTipText(icr.getData()).startsWith("Write-only: a driver's read returns 0"),
                names.getToolTipText(icr.getData()));
        assertNull(row("UART0", "UARTCR").getImage(NAME), "a plain register is not marked");
        assertNull(row("UART0", "UARTCR", "UARTEN").getImage(NAME));
    }

    @Test
    void readNowReadsWithTheReadsSideEffectsWhereTheViewOnlyPeeks() {
        sim.input("UART0", "A");
        sim.advance(1_000_000); // received at 115200 baud
        waitUntil(() -> row("UART0", "UARTFR", "RXFE").getText(VALUE).equals("0x0"), "a character waiting");
        select(row("UART0", "UARTDR", "DATA")); // a field: its register is read
        view.readSelectedNow();
        assertEquals("Read 0x00000041 from UART0.UARTDR, with its side effects.", view.lastStatus());
        assertEquals("debugRead", sim.traceSince(sim.traceLength() - 1).get(0).operation());
        waitUntil(() -> row("UART0", "UARTFR", "RXFE").getText(VALUE).equals("0x1"),
                "the read popped the receive FIFO: RXFE set");
    }

    @Test
    void anEnumeratedFieldIsEditedWithAComboBox() {
        TreeItem wlen = row("UART0", "UARTLCR_H", "WLEN");
        select(wlen);
        key(tree(), SWT.CR, '\r'); // Enter edits too
        CCombo combo = editorControl(CCombo.class);
        assertArrayEquals(new String[] {"BITS5 = 0x0", "BITS6 = 0x1", "BITS7 = 0x2", "BITS8 = 0x3"}, combo.getItems());
        assertEquals(3, combo.getSelectionIndex());
        combo.select(2);
        combo.notifyListeners(SWT.DefaultSelection, new Event());
        processEvents();

        assertEquals(0x2, (sim.peek(UARTLCR_H, 32).getAsInt() >>> 5) & 3, "7 data bits");
        assertEquals(0x1, (sim.peek(UARTLCR_H, 32).getAsInt() >>> 4) & 1, "FIFOs still on");
        assertEquals(1, debugWrites("UART0"));
        assertEquals("Wrote 0x2 to UART0.UARTLCR_H.WLEN.", view.lastStatus());
        waitUntil(() -> row("UART0", "UARTLCR_H", "WLEN").getText(VALUE).equals("0x2 (BITS7)"), "WLEN = BITS7");
    }

    @Test
    void anInvalidTextIsRejectedEscCancelsAndAValidOneIsWritten() {
        int before = sim.peek(UARTIBRD, 32).getAsInt();
        TreeItem ibrd = row("UART0", "UARTIBRD");
        assertEquals(String.format("0x%08X", before), ibrd.getText(VALUE));

        Text text = edit(ibrd);
        assertEquals(String.format("0x%08X", before), text.getText());
        text.setText("0xZZ");
        text.notifyListeners(SWT.DefaultSelection, new Event());
        processEvents();
        assertTrue(view.lastStatus().startsWith("Not written: \"0xZZ\" is not a hex number"), view.lastStatus());
        assertTrue(view.lastStatusIsError());

        text = edit(row("UART0", "UARTIBRD"));
        text.setText("0x1_0000_0000");
        text.notifyListeners(SWT.DefaultSelection, new Event());
        processEvents();
        assertTrue(view.lastStatus().contains("does not fit in 32 bits"), view.lastStatus());

        text = edit(row("UART0", "UARTIBRD"));
        text.setText("0x7");
        key(text, SWT.ESC, SWT.ESC);
        processEvents();
        assertEquals("Edit cancelled: nothing was written.", view.lastStatus());
        assertEquals(before, sim.peek(UARTIBRD, 32).getAsInt());
        assertEquals(0, debugWrites("UART0"), "nothing written");

        text = edit(row("UART0", "UARTIBRD"));
        text.setText("1a"); // without a prefix, in the format shown: hex
        text.notifyListeners(SWT.DefaultSelection, new Event());
        processEvents();
        assertEquals(0x1A, sim.peek(UARTIBRD, 32).getAsInt());
        assertEquals("Wrote 0x0000001A to UART0.UARTIBRD.", view.lastStatus());
        waitUntil(() -> row("UART0", "UARTIBRD").getText(VALUE).equals("0x0000001A"), "IBRD = 0x1A");
    }

    @Test
    void editsTheRegisterWouldIgnoreSaySoInTheStatusLine() {
        int flags = sim.peek(UART0 + 0x18, 32).getAsInt();
        Text text = edit(row("UART0", "UARTFR"));
        text.setText("0xFF");
        text.notifyListeners(SWT.DefaultSelection, new Event());
        processEvents();
        assertEquals("UART0.UARTFR is read-only: the write of 0x000000FF was ignored. The device reported"
                + " WRITE_TO_READ_ONLY.", view.lastStatus());
        assertTrue(view.lastStatusIsError());
        assertEquals(flags, sim.peek(UART0 + 0x18, 32).getAsInt());
        assertEquals(1, debugWrites("UART0"), "the write reached the device, which ignored it");

        // a write-only register takes the write but reads back as 0
        expand(row("UART0", "UARTICR"));
        text = edit(row("UART0", "UARTICR"));
        assertEquals("0x00000000", text.getText());
        text.setText("0x7FF");
        text.notifyListeners(SWT.DefaultSelection, new Event());
        processEvents();
        assertEquals("UART0.UARTICR is write-only: 0x000007FF was written, but it reads back as 0.",
                view.lastStatus());
        assertEquals(2, debugWrites("UART0"));
    }

    @Test
    void theFilterKeepsMatchingRegistersAndTheExpansionComesBack() {
        expand(row("GPIO"));
        view.getFilterControl().setText("UARTFR");
        waitUntil(() -> view.getContentDescription().contains("Filter 'UARTFR'"), "filter applied");
        assertEquals(List.of("UART0"), names(tree().getItems()));
        TreeItem uart = tree().getItem(0);
        assertTrue(uart.getExpanded(), "rows leading to a match are opened");
        List<String> registers = names(uart.getItems());
        assertTrue(registers.contains("UARTFR"), registers.toString());
        assertFalse(registers.contains("UARTCR"), registers.toString());

        view.getFilterControl().setText("lbe"); // a field of UARTCR: the register shows with just that field
        waitUntil(() -> view.getContentDescription().contains("Filter 'lbe'"), "field filter applied");
        TreeItem cr = row("UART0", "UARTCR");
        assertTrue(cr.getExpanded());
        assertEquals(List.of("LBE"), names(cr.getItems()));

        view.getFilterControl().setText("0x09030400");
        waitUntil(() -> view.getContentDescription().contains("Filter '0x09030400'"), "address filter applied");
        assertEquals(List.of("GPIO"), names(tree().getItems()));
        assertEquals(List.of("GPIODIR"), names(tree().getItem(0).getItems()));

        view.getFilterControl().setText("no such register");
        waitUntil(() -> tree().getItemCount() == 0, "nothing left");

        view.getFilterControl().setText("");
        waitUntil(() -> tree().getItemCount() == 3, "all devices back");
        assertTrue(row("GPIO").getExpanded(), "the user's expansion comes back");
        assertFalse(row("UART0").getExpanded(), "rows the filter opened close again");
    }

    @Test
    void aPlainMemoryDeviceSaysItHasNoRegistersAndClustersAreRows() throws Exception {
        String svd = """
                <device schemaVersion="1.3"><name>DEMO</name><addressUnitBits>8</addressUnitBits><width>32</width>
                <size>32</size><access>read-write</access><resetValue>0</resetValue><resetMask>0xFFFFFFFF</resetMask>
                <peripherals><peripheral><name>DMA</name><baseAddress>0x50000000</baseAddress>
                <addressBlock><offset>0</offset><size>0x100</size><usage>registers</usage></addressBlock>
                <registers>
                  <register><name>CTRL</name><description>Global control</description><addressOffset>0</addressOffset>
                    <fields><field><name>EN</name><bitOffset>0</bitOffset><bitWidth>1</bitWidth></field></fields></register>
                  <cluster><dim>2</dim><dimIncrement>0x10</dimIncrement><name>CH[%s]</name><description>Channel</description>
                    <addressOffset>0x20</addressOffset>
                    <register><name>SRC</name><description>Source address</description><addressOffset>0</addressOffset></register>
                    <register><name>LEN</name><description>Length</description><addressOffset>4</addressOffset></register>
                  </cluster>
                </registers></peripheral></peripherals></device>
                """;
        SvdDevice device = SvdReader.read(new ByteArrayInputStream(svd.getBytes(StandardCharsets.UTF_8)), "demo.svd");
        start(Board.builder("mixed").device("SRAM", 0x2000_0000L, 0x1000)
                .device("DMA", 0x5000_0000L, 0x1000, false, DeviceCatalog.fromSvd(device.peripheral("DMA").orElseThrow()))
                .build());
        TreeItem sram = row("SRAM");
        assertEquals(0, sram.getItemCount());
        assertTrue(sram.getText(DESCRIPTION).contains("no registers"), sram.getText(DESCRIPTION));

        assertEquals(List.of("CTRL", "CH[0]", "CH[1]"), names(expanded(row("DMA")).getItems()));
        TreeItem len = row("DMA", "CH[1]", "LEN");
        assertEquals("0x50000034  +0x034", len.getText(ADDRESS));
        Text text = edit(len);
        text.setText("0x40");
        text.notifyListeners(SWT.DefaultSelection, new Event());
        processEvents();
        assertEquals(0x40, sim.peek(0x5000_0034L, 32).getAsInt());
        assertEquals("Wrote 0x00000040 to DMA.CH[1].LEN.", view.lastStatus());
    }

    @Test
    void theEditorStaysUsableOnABoardWithAllOfStm32h753() throws Exception {
        SvdDevice stm32 = SvdReader.read(SvdBoards.vendorSvd("STM32H753.svd"));
        start(SvdBoards.allPeripheralsOf(stm32));
        assertEquals(124, tree().getItemCount());
        assertTrue(view.getContentDescription().contains("124 device(s), 3063 register(s)"),
                view.getContentDescription());

        SvdPeripheral largest = stm32.peripherals().stream()
                .max(Comparator.comparingInt((SvdPeripheral p) -> p.registers().size())).orElseThrow();
        TreeItem device = expanded(row(largest.name()));
        assertEquals(largest.registers().size(), device.getItemCount());
        long filled = Arrays.stream(device.getItems()).filter(item -> item.getData() != null).count();
        assertTrue(filled < device.getItemCount(), "a virtual tree fills only the rows on screen: " + filled);
        TreeItem last = device.getItem(device.getItemCount() - 1);
        tree().showItem(last);
        processEvents();
        assertEquals(largest.registers().get(largest.registers().size() - 1).name(), last.getText(NAME));
        assertFalse(last.getText(VALUE).isEmpty());

        // a driver's write to a read-write register of that peripheral shows, highlighted
        SvdRegisterDevice model = sim.device(largest.name(), SvdRegisterDevice.class).orElseThrow();
        Register target = model.registers().registers().stream()
                .filter(r -> r.svd().access() == SvdAccess.READ_WRITE && r.readableBits() != 0).findFirst()
                .orElseThrow();
        long window = sim.board().devices().stream().filter(w -> w.name().equals(largest.name())).findFirst()
                .orElseThrow().base();
        tree().showItem(row(largest.name(), target.name()));
        processEvents();
        MmioApi driver = sim.process("drv").api();
        long va = map(driver, window, 0);
        driver.ioWriteMmReg32(va + target.offset(), 0x5A);
        long expected = 0x5A & target.writableBits() & target.readableBits();
        waitUntil(() -> row(largest.name(), target.name()).getText(VALUE).equals(String.format("0x%08X", expected)),
                target.name() + " shows the write");
        assertTrue(highlighted(row(largest.name(), target.name())));

        // a filter over all 3063 registers, then back
        view.getFilterControl().setText("CR");
        waitUntil(() -> view.getContentDescription().contains("Filter 'CR'"), "filter applied");
        assertTrue(tree().getItemCount() > 10);
        view.getFilterControl().setText("");
        waitUntil(() -> tree().getItemCount() == 124, "all peripherals back");
        assertTrue(row(largest.name()).getExpanded());
        tree().setTopItem(row(largest.name()));
        screenshot("register-editor-stm32h753.png");
    }

    // ---- helpers

    private Tree tree() {
        return view.getViewer().getTree();
    }

    /** Finds a row by the names on its path, expanding the rows on the way as a user would. */
    private TreeItem row(String... path) {
        return TreeRows.row(tree(), path);
    }

    /** Expands a row as a click on its twistie does. */
    private TreeItem expanded(TreeItem item) {
        expand(item);
        return item;
    }

    private void expand(TreeItem item) {
        TreeRows.expand(tree(), item);
    }

    /** Runs the event loop for a while (long enough for the views to refresh). */
    private static void spin(long millis) {
        boolean[] done = {false};
        Display.getCurrent().timerExec((int) millis, () -> done[0] = true);
        waitUntil(() -> done[0], millis + " ms to pass");
    }

    private static List<String> names(TreeItem[] items) {
        return TreeRows.names(items);
    }

    private boolean highlighted(TreeItem item) {
        return item.getBackground(VALUE).getRGB().equals(view.highlightColor());
    }

    private void select(TreeItem item) {
        TreeRows.select(tree(), item);
    }

    private Text edit(TreeItem item) {
        select(item);
        key(tree(), SWT.F2, (char) 0);
        return editorControl(Text.class);
    }

    private static void key(Control control, int keyCode, char character) {
        Event event = new Event();
        event.keyCode = keyCode;
        event.character = character;
        control.notifyListeners(SWT.KeyDown, event);
        processEvents();
    }

    /** The cell editor's control: a visible child of the tree. */
    private <T extends Control> T editorControl(Class<T> type) {
        processEvents();
        assertTrue(view.getViewer().isCellEditorActive(), "a cell editor is active");
        for (Control child : tree().getChildren()) {
            if (type.isInstance(child) && child.getVisible()) {
                return type.cast(child);
            }
        }
        return fail("no visible " + type.getSimpleName() + " editor");
    }

    private void runFormatAction(String format) {
        for (IContributionItem item : view.getViewSite().getActionBars().getToolBarManager().getItems()) {
            if (item instanceof ActionContributionItem a
                    && (RegisterEditorView.FORMAT_ACTION_PREFIX + format).equals(a.getAction().getId())) {
                IAction action = a.getAction();
                action.setChecked(true);
                action.runWithEvent(new Event());
                processEvents();
                return;
            }
        }
        fail("no toolbar action for " + format);
    }

    private long debugWrites(String device) {
        return sim.trace().stream().filter(e -> e.operation().equals("debugWrite") && e.device().equals(device))
                .count();
    }

    /** Registers (kernel-shared if needed) and maps a device page in a driver; returns the virtual address. */
    private static long map(MmioApi driver, long physical, int flags) {
        RegisterResult region = driver.knRegisterPhyMem(physical, 0x1000, flags);
        if (region.rc() == Retcode.rcAlreadyExists) {
            region = driver.knRegisterPhyMem(physical, 0x1000, flags | MMIO_K_SHARED);
        }
        assertEquals(Retcode.rcOk, region.rc());
        MapResult map = driver.knIoMapMem(region.rid(), VMM_FLAG_READ | VMM_FLAG_WRITE, VMM_FLAG_CACHE_DISABLE);
        assertEquals(Retcode.rcOk, map.rc());
        assertNotEquals(0, map.address());
        return map.address();
    }
}
