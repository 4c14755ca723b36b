package org.mmioworkbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mmioworkbench.ui.tests.Workbench.processEvents;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
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
        file.create(new ByteArrayInputStream("board: b\ndevices:\n  - {name: A, base: 0x10, size: 0x1000}\n"
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

    private static String rpi4bText() {
        return BoardTemplate.all().stream().filter(t -> t.id().equals("rpi4b")).findFirst().orElseThrow().text();
    }
}
