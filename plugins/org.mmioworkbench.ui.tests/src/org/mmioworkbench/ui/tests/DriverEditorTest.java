package org.mmioworkbench.ui.tests;

import static org.mmioworkbench.ui.tests.DebugLaunches.endLaunches;
import static org.mmioworkbench.ui.tests.DebugLaunches.file;
import static org.mmioworkbench.ui.tests.DebugLaunches.noPerspectivePrompt;
import static org.mmioworkbench.ui.tests.DebugLaunches.project;
import static org.mmioworkbench.ui.tests.DebugLaunches.thread;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mmioworkbench.ui.tests.Workbench.processEvents;
import static org.mmioworkbench.ui.tests.Workbench.waitUntil;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.core.ILaunchManager;
import org.eclipse.debug.ui.DebugUITools;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditorActionDefinitionIds;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mmioworkbench.debug.core.DriverLaunchDelegate;
import org.mmioworkbench.debug.core.DriverLineBreakpoint;
import org.mmioworkbench.debug.ui.DriverCompletionProcessor;
import org.mmioworkbench.debug.ui.DriverEditor;
import org.mmioworkbench.debug.ui.DriverLaunchShortcut;
import org.mmioworkbench.debug.ui.DriverTextHover;

/**
 * Writing driver code in the driver editor: errors marked as you type (before saving), the outline, content assist
 * for the API, the file's names and the board's registers, and the hover that shows values and registers while the
 * driver is suspended.
 */
class DriverEditorTest {
    private static final String DRIVER = """
            #include <coresrv/io/mmio.h>
            #include <stdint.h>
            #pragma mmio board("qemu-virt")

            #define UART0_BASE 0x09000000

            static int sent;

            static void uart_putc(volatile uint32_t *uart, char c) {
                uart[0] = (uint32_t) c;
                sent++;
            }

            int main(void) {
                IoMemHandles io;
                void *base = 0;
                KnIoMemHandlesClear(&io);
                KnRegisterPhyMem(UART0_BASE, 0x1000, MMIO_K_SHARED, &io.rid);
                KnIoMapMem(io.rid, VMM_FLAG_READ | VMM_FLAG_WRITE, VMM_FLAG_CACHE_DISABLE, &base, &io.handle);
                volatile uint32_t *uart = base;
                uart[0x30 / 4] = 0x301;
                uart_putc(uart, 'k');
                return sent - 1;
            }
            """;

    private IProject project;
    private IFile file;
    private DriverEditor editor;

    @BeforeEach
    void openDriver() throws Exception {
        noPerspectivePrompt();
        project = project("editing");
        file = file(project, "uart.c", DRIVER);
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        editor = assertInstanceOf(DriverEditor.class, IDE.openEditor(page, file, DriverEditor.ID));
    }

    @AfterEach
    void cleanUp() throws Exception {
        endLaunches(project);
    }

    private IDocument document() {
        return editor.getDocumentProvider().getDocument(editor.getEditorInput());
    }

    private List<String> errors() {
        IAnnotationModel model = editor.getDocumentProvider().getAnnotationModel(editor.getEditorInput());
        List<String> out = new ArrayList<>();
        for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
            Annotation a = it.next();
            if (a.getType().equals("org.eclipse.ui.workbench.texteditor.error")) {
                Position p = model.getPosition(a);
                try {
                    out.add((document().getLineOfOffset(p.getOffset()) + 1) + ": " + a.getText());
                } catch (org.eclipse.jface.text.BadLocationException e) {
                    throw new AssertionError(e);
                }
            }
        }
        return out;
    }

    private int offsetOf(String text) {
        int at = document().get().indexOf(text);
        assertTrue(at >= 0, text);
        return at;
    }

    private ITextViewer viewer() {
        return (ITextViewer) editor.getAdapter(ITextOperationTarget.class);
    }

    @Test
    void anErrorIsMarkedAtItsPlaceWhileTypingAndGoesWhenFixed() throws Exception {
        IDocument d = document();
        int at = offsetOf("sent++;");
        d.replace(at, "sent++;".length(), "sent++ +;");
        waitUntil(() -> !errors().isEmpty(), "the error to be marked, half a second after typing");
        assertEquals(List.of("11: expected expression before ';' token"), errors());
        assertTrue(editor.isDirty(), "marked before the file is saved");
        assertFileUnchanged(file);
        d.replace(offsetOf("sent++ +;"), "sent++ +;".length(), "sent++;");
        waitUntil(() -> errors().isEmpty(), "the error mark to go when the text is fixed");
    }

    private static void assertFileUnchanged(IFile f) throws Exception {
        assertEquals(DRIVER, new String(f.getContents().readAllBytes(), StandardCharsets.UTF_8),
                "checking as you type never writes the file");
    }

    @Test
    void theOutlineListsTheFilesNamesAndMovesTheEditorToThem() throws Exception {
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        page.showView("org.eclipse.ui.views.ContentOutline");
        IContentOutlinePage outline = editor.getAdapter(IContentOutlinePage.class);
        assertNotNull(outline);
        waitUntil(() -> outline.getControl() != null && ((Tree) outline.getControl()).getItemCount() > 0,
                "the outline to list the file's names");
        Tree tree = (Tree) outline.getControl();
        List<String> labels = Arrays.stream(tree.getItems()).map(TreeItem::getText).toList();
        assertEquals(List.of("UART0_BASE  0x09000000", "int sent", "void uart_putc(volatile uint32_t *, char)",
                "int main(void)"), labels.stream().map(l -> l.replace("unsigned int", "uint32_t")).toList());
        outline.setSelection(new org.eclipse.jface.viewers.StructuredSelection(
                ((org.eclipse.jface.viewers.TreeViewer) viewerOf(outline)).getTree().getItem(3).getData()));
        processEvents();
        int caret = ((org.eclipse.jface.text.ITextSelection) editor.getSelectionProvider().getSelection()).getOffset();
        assertEquals(14, document().getLineOfOffset(caret) + 1, "main is on line 14");

        document().replace(offsetOf("int main"), 0, "static int helper(void) { return 2; }\n");
        waitUntil(() -> tree.getItemCount() == 5, "the outline to follow the text as it is typed");
        assertTrue(Arrays.stream(tree.getItems()).anyMatch(i -> i.getText().equals("int helper(void)")));
    }

    private static Object viewerOf(IContentOutlinePage page) throws Exception {
        java.lang.reflect.Method m = org.eclipse.ui.views.contentoutline.ContentOutlinePage.class
                .getDeclaredMethod("getTreeViewer");
        m.setAccessible(true);
        return m.invoke(page);
    }

    @Test
    void contentAssistOffersTheApiTheFilesNamesAndTheBoardsRegisters() throws Exception {
        assertNotNull(editor.getAction("ContentAssistProposal"));
        assertEquals(ITextEditorActionDefinitionIds.CONTENT_ASSIST_PROPOSALS,
                editor.getAction("ContentAssistProposal").getActionDefinitionId(), "Ctrl+Space");
        IDocument d = document();
        int at = offsetOf("    return sent - 1;");
        d.replace(at, 0, "    IoWriteMm\n");
        DriverCompletionProcessor assist = new DriverCompletionProcessor(editor);
        ICompletionProposal[] api = assist.computeCompletionProposals(viewer(), at + "    IoWriteMm".length());
        List<String> shown = Arrays.stream(api).map(ICompletionProposal::getDisplayString).toList();
        assertTrue(shown.stream().anyMatch(s -> s.startsWith("IoWriteMmReg32 \u2014 void IoWriteMmReg32(")), shown
                .toString());
        ICompletionProposal write32 = Arrays.stream(api).filter(p -> p.getDisplayString().startsWith("IoWriteMmReg32 "))
                .findFirst().orElseThrow();
        write32.apply(d);
        assertTrue(d.get().contains("    IoWriteMmReg32()\n"), "the call is completed");

        ICompletionProposal[] own = assist.computeCompletionProposals(viewer(), offsetOf("uart_putc(uart, 'k')") + 5);
        assertEquals("uart_putc", Arrays.stream(own).map(p -> p.getDisplayString().split(" ")[0]).findFirst()
                .orElseThrow(), "the file's own names come first");

        int define = offsetOf("#define UART0_BASE");
        d.replace(define, 0, "#define UARTC\n");
        ICompletionProposal[] registers = assist.computeCompletionProposals(viewer(), define + "#define UARTC".length());
        ICompletionProposal cr = Arrays.stream(registers).filter(p -> p.getDisplayString().startsWith("UARTCR "))
                .findFirst().orElseThrow(() -> new AssertionError(Arrays.toString(registers)));
        assertTrue(cr.getDisplayString().contains("UART0 +0x30"), cr.getDisplayString());
        cr.apply(d);
        assertTrue(d.get().contains("#define UARTCR 0x30\n"), "a register completes the whole #define");
    }

    @Test
    void theHoverShowsAValueAndTheRegisterAnAddressFallsOnWhileSuspended() throws Exception {
        DriverTextHover hover = new DriverTextHover(editor);
        waitUntil(() -> hover.getHoverInfo(viewer(), new Region(offsetOf("UART0_BASE, 0x1000"), 10)) != null,
                "the file to be checked");
        assertEquals("#define UART0_BASE 0x09000000\nuart.c:5",
                hover.getHoverInfo(viewer(), new Region(offsetOf("UART0_BASE, 0x1000"), 10)),
                "not suspended: the declaration");

        int line = 22; // uart_putc(uart, 'k'); after UARTCR was written
        DebugPlugin.getDefault().getBreakpointManager().addBreakpoint(new DriverLineBreakpoint(file, line));
        ILaunchConfigurationWorkingCopy wc = DriverLaunchShortcut.configurationFor(file).getWorkingCopy();
        wc.setAttribute(DriverLaunchDelegate.ATTR_STOP_AT_START, false);
        ILaunch launch = wc.doSave().launch(ILaunchManager.DEBUG_MODE, null);
        waitUntil(() -> thread(launch) != null && thread(launch).isSuspended(), "the driver to suspend at line 22");
        waitUntil(() -> DebugUITools.getDebugContext() instanceof org.eclipse.debug.core.model.IStackFrame,
                "the Debug view to select the suspended frame");
        int use = offsetOf("uart_putc(uart, 'k')") + "uart_putc(".length();
        String text = hover.getHoverInfo(viewer(), hover.getHoverRegion(viewer(), use + 1));
        assertNotNull(text, "the pointer's value");
        assertTrue(text.startsWith("uart = 0x"), text);
        assertTrue(text.contains("\u2192 UART0.UARTDR = 0x0"), text);
        String cr = hover.getHoverInfo(viewer(), new Region(offsetOf("uart[0x30 / 4]"), "uart[0x30 / 4]".length()));
        assertTrue(cr.startsWith("uart[0x30 / 4] = 769 (0x301)"), "a register's value, read without side effects: "
                + cr);
        assertNull(hover.getHoverInfo(viewer(), new Region(offsetOf("sent++"), 6)), "a side effect is refused");
    }

    @Test
    void aScriptIsCheckedAsYouTypeToo() throws Exception {
        IFile script = project.getFile("blink.mmio");
        script.create(new ByteArrayInputStream("board qemu-virt\nuint32_t x = 1;\n".getBytes(StandardCharsets.UTF_8)),
                true, null);
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        editor = assertInstanceOf(DriverEditor.class, IDE.openEditor(page, script, DriverEditor.ID));
        document().replace(document().get().indexOf("1;"), 2, "1 +;");
        waitUntil(() -> !errors().isEmpty(), "the script's error to be marked");
        assertEquals(1, errors().size());
        assertTrue(errors().get(0).startsWith("2: "), errors().toString());
    }
}
