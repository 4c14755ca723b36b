package org.mmioworkbench.ui.tests;

import static org.mmioworkbench.ui.tests.Workbench.processEvents;
import static org.mmioworkbench.ui.tests.Workbench.screenshot;
import static org.mmioworkbench.ui.tests.Workbench.waitUntil;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mmioworkbench.core.MmioConstants.MMIO_K_SHARED;
import static org.mmioworkbench.core.MmioConstants.MMIO_U_SHARED;
import static org.mmioworkbench.core.MmioConstants.VMM_FLAG_CACHE_DISABLE;
import static org.mmioworkbench.core.MmioConstants.VMM_FLAG_READ;
import static org.mmioworkbench.core.MmioConstants.VMM_FLAG_WRITE;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.views.properties.IPropertySource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mmioworkbench.core.Board;
import org.mmioworkbench.core.HandleInfo;
import org.mmioworkbench.core.Simulator;
import org.mmioworkbench.core.MapResult;
import org.mmioworkbench.core.MmioApi;
import org.mmioworkbench.core.RegisterResult;
import org.mmioworkbench.core.Retcode;
import org.mmioworkbench.core.session.DemoScenario;
import org.mmioworkbench.core.session.SessionRegistry;
import org.mmioworkbench.core.session.SimulationSession;
import org.mmioworkbench.ui.internal.views.AddressViewport;
import org.mmioworkbench.ui.internal.views.HandlesView;
import org.mmioworkbench.ui.internal.views.RegisterEditorView;
import org.mmioworkbench.ui.internal.views.RegionMapCanvas;
import org.mmioworkbench.ui.internal.views.RegionMapView;
import org.mmioworkbench.core.inspect.RegionRow;

/**
 * Drives the Region Map view in a real workbench: sessions and API calls go through the core, and the
 * assertions read what the SWT table shows.
 */
class RegionMapViewTest {
    private static final int RANGE = 0;
    private static final int DEVICE = 1;
    private static final int REGISTERED_BY = 2;
    private static final int FLAGS = 3;
    private static final int MAPPED_IN = 4;
    private static final int VIRTUAL = 5;
    private static final int PROT = 6;
    private static final int CACHE = 7;

    private final SessionRegistry registry = SessionRegistry.getDefault();
    private RegionMapView view;

    @BeforeEach
    void openView() throws Exception {
        registry.sessions().forEach(registry::end);
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        IWorkbenchPage page = PlatformUI.getWorkbench().showPerspective("org.mmioworkbench.ui.perspective", window);
        view = (RegionMapView) page.showView(RegionMapView.ID);
        Shell shell = page.getWorkbenchWindow().getShell();
        shell.setBounds(shell.getDisplay().getPrimaryMonitor().getClientArea());
        processEvents();
    }

    @AfterEach
    void endSessions() {
        registry.sessions().forEach(registry::end);
        processEvents();
    }

    @Test
    void withoutSessionTheViewSaysHowToStartOne() {
        waitUntil(() -> table().getItemCount() == 0, "table empty");
        assertTrue(view.getContentDescription().contains("No simulation session"), view.getContentDescription());
    }

    @Test
    void aNewSessionShowsTheBoardsDeviceWindowsKernelUseAndRam() {
        registry.start("board only", Board.qemuVirt());
        waitUntil(() -> showing("board only") && rowFor("0x09000000") != null, "UART0 row");
        TableItem uart = rowFor("0x09000000");
        assertEquals("UART0", uart.getText(DEVICE));
        assertEquals("kernel", uart.getText(REGISTERED_BY));
        assertEquals(RegionMapView.rgb(RegionRow.Kind.KERNEL), uart.getBackground(0).getRGB());
        TableItem gpio = rowFor("0x09030000");
        assertEquals("GPIO", gpio.getText(DEVICE));
        assertEquals("", gpio.getText(REGISTERED_BY));
        assertEquals(RegionMapView.rgb(RegionRow.Kind.FREE), gpio.getBackground(0).getRGB());
        TableItem ram = rowFor("0x40000000");
        assertEquals("RAM", ram.getText(DEVICE));
        assertEquals("0x40000000-0x7FFFFFFF", ram.getText(RANGE));
        assertEquals(List.of("0x09000000", "0x09010000", "0x09030000", "0x40000000"), rangeStarts());
        assertTrue(view.getContentDescription().contains("board only"), view.getContentDescription());
    }

    @Test
    void aRegionRegisteredAndMappedThroughTheCoreAppearsWithItsMapping() {
        SimulationSession session = registry.start("mapping", Board.qemuVirt());
        MmioApi driver = session.simulator().process("gpio_driver").api();
        RegisterResult region = driver.knRegisterPhyMem(0x0903_0000L, 0x1000, 0);
        assertEquals(Retcode.rcOk, region.rc());
        MapResult map = driver.knIoMapMem(region.rid(), VMM_FLAG_READ | VMM_FLAG_WRITE, VMM_FLAG_CACHE_DISABLE);
        assertEquals(Retcode.rcOk, map.rc());

        waitUntil(() -> showing("mapping") && !rowFor("0x09030000").getText(MAPPED_IN).isEmpty(), "mapped GPIO row");
        TableItem gpio = rowFor("0x09030000");
        assertEquals("0x09030000-0x09030FFF", gpio.getText(RANGE));
        assertEquals("gpio_driver", gpio.getText(REGISTERED_BY));
        assertEquals("0", gpio.getText(FLAGS));
        assertEquals("gpio_driver", gpio.getText(MAPPED_IN));
        assertEquals(String.format("0x%X", map.address()), gpio.getText(VIRTUAL));
        assertEquals("VMM_FLAG_READ|VMM_FLAG_WRITE", gpio.getText(PROT));
        assertEquals("VMM_FLAG_CACHE_DISABLE", gpio.getText(CACHE));
        assertEquals(RegionMapView.rgb(RegionRow.Kind.USER), gpio.getBackground(0).getRGB());
    }

    @Test
    void sharingIsShownByFlagsAndColour() {
        SimulationSession session = registry.start("sharing", Board.qemuVirt());
        MmioApi a = session.simulator().process("a").api();
        MmioApi b = session.simulator().process("b").api();
        assertEquals(Retcode.rcOk, a.knRegisterPhyMem(0x0901_0000L, 0x1000, MMIO_U_SHARED).rc());
        assertEquals(Retcode.rcOk, b.knRegisterPhyMem(0x0901_0000L, 0x1000, MMIO_U_SHARED).rc());
        assertEquals(Retcode.rcOk, a.knRegisterPhyMem(0x0900_0000L, 0x1000, MMIO_K_SHARED).rc());

        waitUntil(() -> showing("sharing") && rowFor("0x09010000").getText(REGISTERED_BY).equals("a, b"),
                "shared RTC row");
        TableItem rtc = rowFor("0x09010000");
        assertEquals("MMIO_U_SHARED", rtc.getText(FLAGS));
        assertEquals(RegionMapView.rgb(RegionRow.Kind.USER_SHARED), rtc.getBackground(0).getRGB());
        TableItem uart = rowFor("0x09000000");
        assertEquals("kernel, a", uart.getText(REGISTERED_BY));
        assertEquals("MMIO_K_SHARED", uart.getText(FLAGS));
        assertEquals(RegionMapView.rgb(RegionRow.Kind.KERNEL_SHARED), uart.getBackground(0).getRGB());
    }

    @Test
    void theDemoCommandStartsTheDemoSessionAndTheViewShowsItsDiagnostic() throws Exception {
        IHandlerService handlers = PlatformUI.getWorkbench().getService(IHandlerService.class);
        handlers.executeCommand("org.mmioworkbench.ui.startDemoSession", null);

        waitUntil(() -> showing("demo") && rowFor("0x09000000").getText(MAPPED_IN).equals("uart_driver"),
                "demo UART row");
        assertEquals("demo", registry.active().orElseThrow().name());
        assertTrue(view.getContentDescription().contains("1 diagnostic"), view.getContentDescription());
        assertEquals("gpio_driver", rowFor("0x09030000").getText(MAPPED_IN));
        assertEquals("rtc_driver", rowFor("0x09010000").getText(REGISTERED_BY));
        // the picture shows the drawing zoomed to the demo's devices, where their labels fit
        view.getCanvas().viewport().show(0x0900_0000L, 0x3_1000);
        view.getCanvas().redraw();
        screenshot("region-map.png");
    }

    @Test
    void aSelectedRowIsTheViewsSelectionAndShowsItsMappingAsProperties() {
        SimulationSession session = registry.start("properties", Board.qemuVirt());
        MmioApi driver = session.simulator().process("gpio_driver").api();
        RegisterResult region = driver.knRegisterPhyMem(0x0903_0000L, 0x1000, 0);
        driver.knIoMapMem(region.rid(), VMM_FLAG_READ, VMM_FLAG_CACHE_DISABLE);
        waitUntil(() -> showing("properties") && !rowFor("0x09030000").getText(MAPPED_IN).isEmpty(),
                "mapped GPIO row");

        Table table = table();
        table.setSelection(rowFor("0x09030000"));
        table.notifyListeners(SWT.Selection, new Event());
        processEvents();

        IStructuredSelection selection = (IStructuredSelection) view.getSite().getSelectionProvider().getSelection();
        RegionRow row = (RegionRow) selection.getFirstElement();
        assertEquals(0x0903_0000L, row.range().base());
        IPropertySource properties = Adapters.adapt(row, IPropertySource.class);
        assertEquals("gpio_driver", properties.getPropertyValue("Mapped in"));
        assertEquals("VMM_FLAG_READ", properties.getPropertyValue("Prot"));
        assertEquals("0x1000 (4096 bytes)", properties.getPropertyValue("Size"));
    }

    @Test
    void theDrawingZoomsToARegionAndAClickOnItSelectsItsRowInTheTable() {
        SimulationSession session = registry.start("drawing", Board.qemuVirt());
        session.simulator().process("gpio_driver").api().knRegisterPhyMem(0x0903_0000L, 0x1000, 0);
        waitUntil(() -> showing("drawing") && rowFor("0x09030000").getText(REGISTERED_BY).equals("gpio_driver"),
                "GPIO registered");
        RegionMapCanvas canvas = view.getCanvas();
        AddressViewport viewport = canvas.viewport();

        viewport.show(0x0903_0000L, 0x1000);
        canvas.redraw();
        processEvents();
        int width = canvas.getClientArea().width;
        int x = (int) viewport.toPixel(0x0903_0800L, width);
        int y = RegionMapCanvas.BAR_TOP + RegionMapCanvas.BAR_HEIGHT / 2;
        assertEquals(0x0903_0000L, canvas.rowAt(x, y).range().base());
        click(canvas, x, y);
        RegionRow selected = (RegionRow) ((IStructuredSelection) view.getViewer().getSelection()).getFirstElement();
        assertEquals(0x0903_0000L, selected.range().base());
        assertEquals(RegionMapView.rgb(RegionRow.Kind.USER), pixel(canvas, x, y));

        Event home = new Event();
        home.keyCode = SWT.HOME;
        canvas.notifyListeners(SWT.KeyDown, home);
        assertEquals(4.0 * (1L << 30), viewport.span(), "Home shows everything again");
    }

    @Test
    void aConflictTheKernelReportedIsMarkedInRedOverTheRegion() {
        DemoScenario.start(registry);
        waitUntil(() -> showing("demo") && rowFor("0x09000000").getText(MAPPED_IN).equals("uart_driver"), "demo");
        RegionMapCanvas canvas = view.getCanvas();
        canvas.viewport().show(0x0900_0000L, 0x1000);
        canvas.redraw();
        processEvents();
        int x = (int) canvas.viewport().toPixel(0x0900_0800L, canvas.getClientArea().width);
        assertEquals(RegionMapCanvas.CONFLICT, pixel(canvas, x, RegionMapCanvas.BAR_TOP - 3));
        // the fill, right of the label, which starts at the left of the region
        int right = (int) canvas.viewport().toPixel(0x0900_0F00L, canvas.getClientArea().width);
        assertEquals(RegionMapView.rgb(RegionRow.Kind.KERNEL_SHARED),
                pixel(canvas, right, RegionMapCanvas.BAR_TOP + 10));
        int gpio = (int) canvas.viewport().toPixel(0x0903_0800L, canvas.getClientArea().width);
        assertTrue(gpio > canvas.getClientArea().width, "GPIO is off-screen at this zoom");
    }

    @Test
    void aRegionsLabelInTheDrawingSaysWhoRegisteredItAndWhereItIsMappedAsFarAsTheZoomLeavesRoom() {
        DemoScenario.start(registry);
        waitUntil(() -> showing("demo") && rowFor("0x09000000").getText(MAPPED_IN).equals("uart_driver"), "demo");
        RegionRow uart = (RegionRow) rowFor("0x09000000").getData();
        ToIntFunction<String> sevenPixelsEach = text -> 7 * text.length();
        String whole = "UART0 \u00b7 kernel, uart_driver \u00b7 mapped in uart_driver at 0x4000000000";
        assertEquals(whole, RegionMapCanvas.label(uart, 7 * whole.length(), sevenPixelsEach));
        assertEquals("UART0 \u00b7 uart_driver @ 0x4000000000",
                RegionMapCanvas.label(uart, 7 * whole.length() - 1, sevenPixelsEach));
        assertEquals("UART0 \u00b7 kernel, uart_driver", RegionMapCanvas.label(uart, 7 * 30, sevenPixelsEach));
        assertEquals("UART0", RegionMapCanvas.label(uart, 7 * 5, sevenPixelsEach));
        assertNull(RegionMapCanvas.label(uart, 7 * 5 - 1, sevenPixelsEach));

        RegionRow rtc = (RegionRow) rowFor("0x09010000").getData();
        assertEquals("RTC \u00b7 rtc_driver", RegionMapCanvas.label(rtc, 1000, sevenPixelsEach), "registered, not mapped");
        RegionRow ram = (RegionRow) rowFor("0x40000000").getData();
        assertEquals("RAM", RegionMapCanvas.label(ram, 1000, sevenPixelsEach));

        // seen from far away the three devices are drawn side by side, and share one label
        RegionRow gpio = (RegionRow) rowFor("0x09030000").getData();
        List<RegionRow> devices = List.of(uart, rtc, gpio);
        assertEquals("UART0, RTC, GPIO", RegionMapCanvas.clusterLabel(devices, 7 * 16, sevenPixelsEach));
        assertEquals("3 regions", RegionMapCanvas.clusterLabel(devices, 7 * 15, sevenPixelsEach));
        assertNull(RegionMapCanvas.clusterLabel(devices, 7 * 9 - 1, sevenPixelsEach));
    }

    @Test
    void zoomingKeepsTheAddressUnderThePointerAndStopsAtOnePage() {
        AddressViewport viewport = new AddressViewport(4.0 * (1L << 30), 4096);
        double anchor = 0x0900_0000L;
        double before = viewport.toPixel(anchor, 1000);
        viewport.zoom(anchor, 0.5);
        assertEquals(before, viewport.toPixel(anchor, 1000), 1e-6);
        for (int i = 0; i < 40; i++) {
            viewport.zoom(anchor, 0.5);
        }
        assertEquals(4096, viewport.span());
        viewport.pan(-1e9);
        assertEquals(0, viewport.start());
        viewport.showAll();
        assertEquals(0, viewport.start());
        assertTrue(viewport.span() / viewport.tickStep() >= 4 && viewport.span() / viewport.tickStep() <= 16);
    }

    private static void click(RegionMapCanvas canvas, int x, int y) {
        Event down = new Event();
        down.x = x;
        down.y = y;
        down.button = 1;
        canvas.notifyListeners(SWT.MouseDown, down);
        Event up = new Event();
        up.x = x;
        up.y = y;
        up.button = 1;
        canvas.notifyListeners(SWT.MouseUp, up);
        processEvents();
    }

    /**
     * Reads the colour the drawing has at a point. The canvas prints itself into an image rather than
     * being read back from the screen: under Xvfb the screen can lag behind the last paint.
     */
    private static RGB pixel(RegionMapCanvas canvas, int x, int y) {
        Rectangle area = canvas.getClientArea();
        Image image = new Image(canvas.getDisplay(), area.width, area.height);
        GC gc = new GC(image);
        try {
            assertTrue(canvas.print(gc), "the canvas can print itself");
            ImageData data = image.getImageData();
            return data.palette.getRGB(data.getPixel(x, y));
        } finally {
            gc.dispose();
            image.dispose();
        }
    }

    @Test
    void selectingARegionSelectsItsHandlesAndItsDeviceInTheOtherViews() throws Exception {
        SimulationSession session = registry.start("linked", Board.qemuVirt());
        Simulator sim = session.simulator();
        int rid = sim.process("gpio_driver").api().knRegisterPhyMem(0x0903_0000L, 0x1000, 0).rid();
        sim.ipcTransferHandle(sim.process("gpio_driver"), rid, sim.process("gpio_client"));
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        HandlesView handles = (HandlesView) page.showView(HandlesView.ID, null, IWorkbenchPage.VIEW_VISIBLE);
        RegisterEditorView registers = (RegisterEditorView) page.showView(RegisterEditorView.ID, null,
                IWorkbenchPage.VIEW_VISIBLE);
        waitUntil(() -> showing("linked") && rowFor("0x09030000").getText(REGISTERED_BY).equals("gpio_driver")
                && handles.getContentDescription().contains("'linked'")
                && registers.getContentDescription().contains("'linked'"), "all views on the session");

        view.getViewer().getTable().setSelection(rowFor("0x09030000"));
        view.getViewer().getTable().notifyListeners(SWT.Selection, new Event());
        waitUntil(() -> ((IStructuredSelection) handles.getViewer().getSelection()).size() == 2, "two handles selected");
        List<?> selectedHandles = ((IStructuredSelection) handles.getViewer().getSelection()).toList();
        assertEquals(List.of("gpio_driver", "gpio_client"),
                selectedHandles.stream().map(h -> ((HandleInfo) h).process()).toList());
        assertEquals(1, registers.getViewer().getTree().getSelectionCount());
        assertEquals("GPIO", registers.getViewer().getTree().getSelection()[0].getText(RegisterEditorView.NAME));
    }

    /** @return whether the view shows the named session (a refresh after the session started) */
    private boolean showing(String session) {
        return view.getContentDescription().contains("'" + session + "'");
    }

    private Table table() {
        return view.getViewer().getTable();
    }

    private TableItem rowFor(String start) {
        for (TableItem item : table().getItems()) {
            if (item.getText(RANGE).startsWith(start)) {
                return item;
            }
        }
        return null;
    }

    private List<String> rangeStarts() {
        List<String> starts = new ArrayList<>();
        for (TableItem item : table().getItems()) {
            starts.add(item.getText(RANGE).substring(0, 10));
        }
        return starts;
    }



}
