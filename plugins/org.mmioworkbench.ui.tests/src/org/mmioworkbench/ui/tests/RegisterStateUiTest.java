package org.mmioworkbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mmioworkbench.ui.tests.Workbench.processEvents;
import static org.mmioworkbench.ui.tests.Workbench.waitUntil;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.jface.action.ActionContributionItem;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mmioworkbench.core.Board;
import org.mmioworkbench.core.Simulator;
import org.mmioworkbench.core.session.SessionRegistry;
import org.mmioworkbench.core.state.RegisterState;
import org.mmioworkbench.ui.internal.views.RegisterEditorView;
import org.mmioworkbench.ui.internal.views.RegisterStateDialog;

/**
 * Register state as data in the Register Editor: the board's or a device's registers exported to a file, a file
 * compared with the live session (decoded), and imported back through the devices' access rules.
 */
class RegisterStateUiTest {
    private final SessionRegistry registry = SessionRegistry.getDefault();
    private IWorkbenchPage page;
    private RegisterEditorView view;
    private Simulator sim;

    private Path dir;

    @BeforeEach
    void openTheEditorOnAQemuVirtSession() throws Exception {
        registry.sessions().forEach(registry::end);
        dir = Files.createTempDirectory("regstate");
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        page = PlatformUI.getWorkbench().showPerspective("org.mmioworkbench.ui.perspective", window);
        view = (RegisterEditorView) page.showView(RegisterEditorView.ID);
        processEvents();
        sim = registry.start("state", Board.qemuVirt()).simulator();
        waitUntil(() -> view.getContentDescription().contains("'state'"), "the editor to show the session");
    }

    @AfterEach
    void closeTheEditor() throws Exception {
        registry.sessions().forEach(registry::end);
        try (var files = Files.list(dir)) {
            for (Path f : files.toList()) {
                Files.delete(f);
            }
        }
        Files.delete(dir);
        page.hideView(view);
        processEvents();
    }

    @Test
    void theViewMenuOffersExportImportAndCompare() {
        List<String> items = Arrays.stream(view.getViewSite().getActionBars().getMenuManager().getItems())
                .filter(ActionContributionItem.class::isInstance).map(i -> ((ActionContributionItem) i).getAction()
                        .getText().replace("&", "")).toList();
        assertTrue(items.containsAll(List.of("Export Board Register State...", "Import Register State...",
                "Compare Session with Register State File...", "Compare Two Register State Files...")), items
                        .toString());
        for (IContributionItem i : view.getViewSite().getActionBars().getMenuManager().getItems()) {
            assertTrue(i.isEnabled(), i.toString());
        }
    }

    @Test
    void aStateExportedComparedAndImportedComesBackExactly() throws Exception {
        Path saved = dir.resolve("boot.csv");
        assertTrue(view.exportState(saved, null), view.lastStatus());
        assertTrue(view.lastStatus().startsWith("Exported "), view.lastStatus());
        assertTrue(Files.readAllLines(saved, StandardCharsets.UTF_8).contains("UART0,UARTCR,0x09000030,32,0x00000301"));

        sim.debugWrite("UART0", 0x30, 32, 0x381); // LBE set, as a driver under test would
        RegisterStateDialog dialog = view.compare(saved, null).orElseThrow();
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            TableItem[] rows = dialog.table().getTable().getItems();
            assertEquals(1, rows.length, Arrays.toString(rows));
            assertEquals("UART0.UARTCR", rows[0].getText(0));
            assertEquals("0x301", rows[0].getText(1));
            assertEquals("0x381", rows[0].getText(2));
            assertEquals("LBE: 0 \u2192 1", rows[0].getText(3));
        } finally {
            dialog.close();
        }

        List<RegisterState.Refusal> refused = view.importState(saved).orElseThrow();
        assertEquals(0x301, sim.peek(0x0900_0030L, 32).getAsInt(), "UARTCR back as it was");
        assertTrue(view.lastStatus().startsWith("Imported "), view.lastStatus());
        assertTrue(refused.stream().noneMatch(r -> r.register().equals("UART0.UARTCR")));
    }

    @Test
    void aDeviceAloneIsExportedAndABrokenFileIsOneLineInTheStatusLine() throws Exception {
        Path gpio = dir.resolve("gpio.csv");
        assertTrue(view.exportState(gpio, "GPIO"));
        assertTrue(Files.readAllLines(gpio, StandardCharsets.UTF_8).stream().skip(2).allMatch(l -> l.startsWith("GPIO,")));
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "device,register,address,bits,value\nGPIO,GPIODIR,0x09030400,32,8\n",
                StandardCharsets.UTF_8);
        assertFalse(view.importState(bad).isPresent());
        assertEquals(bad + ":2:28: value must be hexadecimal with 0x, not '8'", view.lastStatus());
        assertFalse(view.compare(bad, null).isPresent());
    }
}
