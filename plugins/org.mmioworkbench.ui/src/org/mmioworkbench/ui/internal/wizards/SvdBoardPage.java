package org.mmioworkbench.ui.internal.wizards;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CheckboxTableViewer;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.mmioworkbench.boardfile.BoardFileReader;
import org.mmioworkbench.core.svd.SvdDevice;
import org.mmioworkbench.core.svd.SvdException;
import org.mmioworkbench.core.svd.SvdPeripheral;
import org.mmioworkbench.core.svd.SvdReader;

/**
 * The New Board wizard's "from an SVD file" page: pick a CMSIS-SVD file (read in the wizard's progress bar, with
 * Cancel, never freezing the dialog), choose its peripherals, and see the address map they make — each peripheral's
 * range and the others in its 4 KiB page — before finishing.
 */
public final class SvdBoardPage extends WizardPage {
    private Text path;
    private CheckboxTableViewer table;
    private Label summary;
    private SvdDevice svd;
    private Path read;

    /** Creates the page. */
    public SvdBoardPage() {
        super("svd", "Board from an SVD File", null);
        setDescription("Pick a vendor's CMSIS-SVD file and the peripherals to place at their own addresses.");
        setPageComplete(false);
    }

    @Override
    public void createControl(Composite parent) {
        Composite composite = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(3).applyTo(composite);
        new Label(composite, SWT.NONE).setText("&SVD file:");
        path = new Text(composite, SWT.BORDER | SWT.SINGLE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(path);
        path.addModifyListener(e -> {
            svd = null;
            read = null;
            table.setInput(List.of());
            update();
        });
        path.addListener(SWT.DefaultSelection, e -> load(path.getText().strip()));
        Button browse = new Button(composite, SWT.PUSH);
        browse.setText("&Browse...");
        browse.addListener(SWT.Selection, e -> {
            FileDialog d = new FileDialog(getShell(), SWT.OPEN);
            d.setFilterExtensions(new String[] {"*.svd;*.xml", "*.*"});
            String chosen = d.open();
            if (chosen != null) {
                path.setText(chosen);
                load(chosen);
            }
        });
        table = CheckboxTableViewer.newCheckList(composite, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
        table.getTable().setHeaderVisible(true);
        column("Peripheral", 120, p -> p.name());
        column("Address range", 190, p -> String.format(Locale.ROOT, "0x%08X-0x%08X", p.baseAddress(),
                p.baseAddress() + Math.max(4, BoardFileReader.extent(p)) - 1));
        column("Shares its page with", 220, this::neighbours);
        column("Group", 90, p -> p.groupName());
        table.setContentProvider(ArrayContentProvider.getInstance());
        table.addCheckStateListener(e -> update());
        GridDataFactory.fillDefaults().grab(true, true).span(3, 1).hint(600, 260).applyTo(table.getControl());
        Button all = new Button(composite, SWT.PUSH);
        all.setText("Select &All");
        all.addListener(SWT.Selection, e -> {
            table.setAllChecked(true);
            update();
        });
        Button none = new Button(composite, SWT.PUSH);
        none.setText("&Deselect All");
        none.addListener(SWT.Selection, e -> {
            table.setAllChecked(false);
            update();
        });
        summary = new Label(composite, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(summary);
        setControl(composite);
        update();
    }

    private void column(String title, int width, java.util.function.Function<SvdPeripheral, String> text) {
        TableViewerColumn c = new TableViewerColumn(table, SWT.NONE);
        c.getColumn().setText(title);
        c.getColumn().setWidth(width);
        c.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((SvdPeripheral) element);
            }
        });
    }

    /** The other peripherals of the file whose windows start in the same 4 KiB page. */
    private String neighbours(SvdPeripheral p) {
        if (svd == null) {
            return "";
        }
        return String.join(", ", svd.peripherals().stream().filter(o -> o != p && o.baseAddress() >> 12 == p
                .baseAddress() >> 12).map(SvdPeripheral::name).toList());
    }

    /**
     * Reads an SVD file in the wizard's progress bar (Cancel stops waiting for it) and lists its peripherals, all
     * chosen.
     *
     * @param file the file's path
     */
    public void load(String file) {
        if (file.isEmpty()) {
            return;
        }
        Path p;
        try {
            p = Path.of(file);
        } catch (java.nio.file.InvalidPathException e) {
            setErrorMessage("'" + file + "' is not a valid path.");
            return;
        }
        if (!Files.isRegularFile(p)) {
            setErrorMessage("No such file: " + file);
            return;
        }
        SvdDevice[] result = new SvdDevice[1];
        String[] problem = new String[1];
        try {
            getContainer().run(true, true, monitor -> {
                monitor.beginTask("Reading " + p.getFileName(), org.eclipse.core.runtime.IProgressMonitor.UNKNOWN);
                try {
                    result[0] = SvdReader.read(p);
                } catch (SvdException e) {
                    problem[0] = e.getMessage();
                }
                if (monitor.isCanceled()) {
                    throw new InterruptedException();
                }
                monitor.done();
            });
        } catch (InvocationTargetException e) {
            problem[0] = String.valueOf(e.getCause().getMessage());
        } catch (InterruptedException e) {
            setErrorMessage(null);
            setMessage("Reading the SVD file was canceled.");
            return;
        }
        if (problem[0] != null) {
            setErrorMessage(problem[0]);
            return;
        }
        svd = result[0];
        read = p;
        table.setInput(svd.peripherals());
        table.setAllChecked(true);
        update();
    }

    private void update() {
        if (summary == null || summary.isDisposed()) {
            return;
        }
        if (svd == null) {
            summary.setText("Press Enter or Browse... to read the file.");
            setPageComplete(false);
            return;
        }
        Set<String> chosen = chosen();
        Map<Long, Integer> pages = new HashMap<>();
        for (SvdPeripheral p : svd.peripherals()) {
            if (chosen.contains(p.name())) {
                pages.merge(p.baseAddress() >> 12, 1, Integer::sum);
            }
        }
        long shared = pages.values().stream().filter(n -> n > 1).count();
        summary.setText(chosen.size() + " of " + svd.peripherals().size() + " peripherals in " + pages.size()
                + " pages" + (shared == 0 ? "" : ", " + shared + " of them shared by several"));
        setErrorMessage(chosen.isEmpty() ? "Choose at least one peripheral." : null);
        setMessage(svd.warnings().isEmpty() ? null : svd.warnings().size() + " warnings while reading: "
                + svd.warnings().get(0), WARNING);
        setPageComplete(!chosen.isEmpty());
        summary.getParent().layout(true);
    }

    /** @return the names of the peripherals chosen */
    public Set<String> chosen() {
        Set<String> out = new LinkedHashSet<>();
        for (Object o : table.getCheckedElements()) {
            out.add(((SvdPeripheral) o).name());
        }
        return out;
    }

    /** @return the SVD file read, or null */
    public Path svdFile() {
        return read;
    }

    /** @return what the file describes, or null before it is read */
    public SvdDevice svd() {
        return svd;
    }

    /** @return the table of peripherals, for tests */
    public CheckboxTableViewer table() {
        return table;
    }
}
