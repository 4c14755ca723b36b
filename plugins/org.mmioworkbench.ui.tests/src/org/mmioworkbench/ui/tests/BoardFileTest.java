package org.mmioworkbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.mmioworkbench.ui.tests.Workbench.processEvents;
import static org.mmioworkbench.ui.tests.Workbench.waitUntil;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mmioworkbench.boardfile.BoardFileException;
import org.mmioworkbench.boardfile.BoardTemplate;
import org.mmioworkbench.core.session.SessionRegistry;
import org.mmioworkbench.core.session.SimulationSession;
import org.mmioworkbench.ui.internal.handlers.BoardFileSessions;
import org.mmioworkbench.ui.internal.wizards.NewBoardWizard;

/** The New Board wizard and sessions started from board files in the workspace. */
class BoardFileTest {
    private IProject project;

    @BeforeEach
    void createProject() throws Exception {
        project = ResourcesPlugin.getWorkspace().getRoot().getProject("boards");
        if (!project.exists()) {
            project.create(null);
        }
        project.open(null);
    }

    @AfterEach
    void deleteProject() throws Exception {
        SessionRegistry.getDefault().sessions().forEach(SessionRegistry.getDefault()::end);
        project.delete(true, true, null);
        processEvents();
    }

    @Test
    void theWizardCreatesABoardFileFromTheChosenTemplateThatStartsASession() throws Exception {
        NewBoardWizard wizard = new NewBoardWizard();
        wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(project));
        WizardDialog dialog = new WizardDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), wizard);
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            assertTrue(wizard.templatePage().getControl().isListening(SWT.Help), "F1 on the page shows the wizard's help");
            BoardTemplate rpi = BoardTemplate.all().stream().filter(t -> t.id().equals("rpi4b")).findFirst().orElseThrow();
            wizard.templatePage().choose(rpi);
            dialog.showPage(wizard.filePage());
            wizard.filePage().setFileName("pi.yaml");
            processEvents();
            assertTrue(wizard.canFinish(), String.valueOf(wizard.filePage().getErrorMessage()));
            assertTrue(wizard.performFinish());
        } finally {
            dialog.close();
        }
        IFile file = project.getFile("pi.yaml");
        assertTrue(file.exists());
        assertEquals(rpi4bText(), new String(file.getContents().readAllBytes(), StandardCharsets.UTF_8));

        SimulationSession session = BoardFileSessions.start(file, SessionRegistry.getDefault());
        assertEquals("pi.yaml", session.name());
        assertEquals("my-rpi4b", session.board().name());
        assertEquals(0xFE20_1000L, session.board().devices().stream().filter(d -> d.name().equals("UART0"))
                .findFirst().orElseThrow().base());
    }

    @Test
    void aBrokenBoardFileGetsAProblemMarkerAtItsLineThatGoesAwayOnceFixed() throws Exception {
        IFile file = project.getFile("broken.yaml");
        file.create(new ByteArrayInputStream("board: b\ndevices:\n  - {name: A, base: 0x12, size: 0x1000}\n"
                .getBytes(StandardCharsets.UTF_8)), true, null);
        BoardFileException e = assertThrows(BoardFileException.class,
                () -> BoardFileSessions.start(file, SessionRegistry.getDefault()));
        assertEquals(3, e.line());
        IMarker[] markers = file.findMarkers(BoardFileSessions.MARKER, true, IResource.DEPTH_ZERO);
        assertEquals(1, markers.length);
        assertEquals(3, markers[0].getAttribute(IMarker.LINE_NUMBER, -1));
        assertTrue(markers[0].getAttribute(IMarker.MESSAGE, "").contains("not aligned"));
        assertEquals(IMarker.SEVERITY_ERROR, markers[0].getAttribute(IMarker.SEVERITY, -1));

        file.setContents(new ByteArrayInputStream("board: b\ndevices:\n  - {name: A, base: 0x1000, size: 0x1000}\n"
                .getBytes(StandardCharsets.UTF_8)), true, false, null);
        BoardFileSessions.start(file, SessionRegistry.getDefault());
        assertEquals(0, file.findMarkers(BoardFileSessions.MARKER, true, IResource.DEPTH_ZERO).length);
    }

    @Test
    void theWizardMakesABoardFromChosenPeripheralsOfAnSvdFileShowingItsAddressMap() throws Exception {
        Path svd = Path.of(System.getProperty("mmio.examples.dir", "../../examples"), "svd", "STM32F407.svd")
                .toAbsolutePath().normalize();
        NewBoardWizard wizard = new NewBoardWizard();
        wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(project));
        WizardDialog dialog = new WizardDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), wizard);
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            wizard.templatePage().chooseSvd(true);
            assertEquals(wizard.svdPage(), wizard.getNextPage(wizard.templatePage()));
            dialog.showPage(wizard.svdPage());
            assertFalse(wizard.canFinish(), "no SVD file read yet");
            wizard.svdPage().load(svd.toString());
            org.eclipse.swt.widgets.Table table = wizard.svdPage().table().getTable();
            assertEquals(76, table.getItemCount());
            org.eclipse.swt.widgets.TableItem usart2 = java.util.Arrays.stream(table.getItems())
                    .filter(i -> i.getText(0).equals("USART2")).findFirst().orElseThrow();
            assertEquals("0x40004400-0x400047FF", usart2.getText(1));
            assertTrue(usart2.getText(2).contains("USART3"), "the address map shows who shares the page: "
                    + usart2.getText(2));
            wizard.svdPage().table().setAllChecked(false);
            for (org.eclipse.swt.widgets.TableItem i : table.getItems()) {
                i.setChecked(List.of("USART2", "USART3", "GPIOD").contains(i.getText(0)));
            }
            assertEquals(java.util.Set.of("USART2", "USART3", "GPIOD"), wizard.svdPage().chosen());
            dialog.showPage(wizard.filePage());
            wizard.filePage().setFileName("f407.yaml");
            processEvents();
            assertTrue(wizard.canFinish(), String.valueOf(wizard.filePage().getErrorMessage()));
            assertTrue(wizard.performFinish());
        } finally {
            dialog.close();
        }
        IFile file = project.getFile("f407.yaml");
        SimulationSession session = BoardFileSessions.start(file, SessionRegistry.getDefault());
        assertEquals("f407", session.board().name());
        assertEquals(List.of("USART2", "USART3", "GPIOD"), session.board().devices().stream()
                .map(org.mmioworkbench.core.DeviceWindow::name).toList());
    }

    private IFile wholeStm32h753() throws Exception {
        Path svd = Path.of(System.getProperty("mmio.examples.dir", "../../examples"), "svd", "STM32H753.svd")
                .toAbsolutePath().normalize();
        IFile file = project.getFile("h753.yaml");
        file.create(new ByteArrayInputStream(("board: h753\ndevices:\n  - svd: " + svd + "\n")
                .getBytes(StandardCharsets.UTF_8)), true, null);
        return file;
    }

    @Test
    void aSessionOnAWholeVendorSvdStartsInTheBackgroundWithEveryPeripheral() throws Exception {
        IFile file = wholeStm32h753();
        SimulationSession[] started = new SimulationSession[1];
        Job job = BoardFileSessions.startInBackground(file, SessionRegistry.getDefault(), s -> started[0] = s,
                e -> fail(e.getMessage()));
        assertNull(started[0], "the UI thread goes on while the SVD is read");
        waitUntil(() -> started[0] != null, "the session to start");
        // the job hands the session to the UI thread as its last act, and may not have returned yet
        assertTrue(job.join(10_000, null), "the job to end once it has handed the session over");
        assertEquals(Job.NONE, job.getState());
        assertEquals(124, started[0].board().devices().size());
        assertTrue(SessionRegistry.getDefault().sessions().contains(started[0]));
    }

    @Test
    void aCanceledStartStartsNoSession() throws Exception {
        IFile file = wholeStm32h753();
        int before = SessionRegistry.getDefault().sessions().size();
        Job job = BoardFileSessions.startInBackground(file, SessionRegistry.getDefault(),
                s -> fail("started after cancel"), e -> fail(e.getMessage()));
        job.cancel();
        job.join();
        processEvents();
        assertEquals(before, SessionRegistry.getDefault().sessions().size());
    }

    private static String rpi4bText() {
        return BoardTemplate.all().stream().filter(t -> t.id().equals("rpi4b")).findFirst().orElseThrow().text();
    }
}
