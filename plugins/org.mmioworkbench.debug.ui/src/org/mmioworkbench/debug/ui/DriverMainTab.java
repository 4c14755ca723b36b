package org.mmioworkbench.debug.ui;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.ui.AbstractLaunchConfigurationTab;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.dialogs.FilteredResourcesSelectionDialog;
import org.mmioworkbench.core.Simulator;
import org.mmioworkbench.core.devices.Boards;
import org.mmioworkbench.debug.core.DriverLaunchDelegate;
import org.mmioworkbench.debug.core.MmioDebugModel;

/**
 * The Main tab of an MMIO Driver launch: the C file, the board (the one the driver names, a built-in board, or a
 * board file of the workspace), the simulated process's name, and whether Debug pauses at the start of {@code main}.
 */
public final class DriverMainTab extends AbstractLaunchConfigurationTab {
    private Text file;
    private Button boardFromDriver;
    private Button boardBuiltIn;
    private Button boardFromFile;
    private Combo builtIn;
    private Text boardFile;
    private Button browseBoard;
    private Text process;
    private Button stopAtStart;
    private Text loopBound;
    private Text traceFile;

    /** Sets a new configuration's attributes for a driver file: the board it names, its stem, pause at start. */
    static void defaults(ILaunchConfigurationWorkingCopy wc, IFile driver) {
        wc.setAttribute(MmioDebugModel.ATTR_FILE, driver == null ? "" : driver.getFullPath().toString());
        wc.setAttribute(MmioDebugModel.ATTR_BOARD, "");
        wc.setAttribute(MmioDebugModel.ATTR_PROCESS, "");
        wc.setAttribute(DriverLaunchDelegate.ATTR_STOP_AT_START, true);
        wc.setAttribute(MmioDebugModel.ATTR_LOOP_BOUND, MmioDebugModel.DEFAULT_LOOP_BOUND);
        wc.setAttribute(MmioDebugModel.ATTR_TRACE_FILE, "");
        if (driver != null) {
            wc.setMappedResources(new IResource[] {driver});
        }
    }

    @Override
    public void createControl(Composite parent) {
        Composite top = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(3).applyTo(top);
        setControl(top);

        new Label(top, SWT.NONE).setText("&Driver (C file or *.mmio script):");
        file = new Text(top, SWT.BORDER);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(file);
        file.addModifyListener(e -> updateLaunchConfigurationDialog());
        Button browse = new Button(top, SWT.PUSH);
        browse.setText("&Browse...");
        browse.addListener(SWT.Selection, e -> pick(file, "*", "Choose the driver's C file or script (*.mmio)"));

        Group board = new Group(top, SWT.NONE);
        board.setText("Board");
        GridDataFactory.fillDefaults().span(3, 1).grab(true, false).applyTo(board);
        GridLayoutFactory.swtDefaults().numColumns(3).applyTo(board);
        boardFromDriver = new Button(board, SWT.RADIO);
        boardFromDriver.setText("As the driver &names it (#pragma mmio board, a script's board line), else "
                + Boards.DEFAULT);
        GridDataFactory.fillDefaults().span(3, 1).applyTo(boardFromDriver);
        boardBuiltIn = new Button(board, SWT.RADIO);
        boardBuiltIn.setText("B&uilt-in:");
        builtIn = new Combo(board, SWT.READ_ONLY);
        builtIn.setItems(Boards.names().toArray(new String[0]));
        builtIn.select(0);
        GridDataFactory.fillDefaults().span(2, 1).applyTo(builtIn);
        boardFromFile = new Button(board, SWT.RADIO);
        boardFromFile.setText("Board &file:");
        boardFile = new Text(board, SWT.BORDER);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(boardFile);
        browseBoard = new Button(board, SWT.PUSH);
        browseBoard.setText("B&rowse...");
        browseBoard.addListener(SWT.Selection, e -> pick(boardFile, "*.yaml", "Choose a board file"));
        for (Button b : List.of(boardFromDriver, boardBuiltIn, boardFromFile)) {
            b.addListener(SWT.Selection, e -> {
                enableBoard();
                updateLaunchConfigurationDialog();
            });
        }
        builtIn.addListener(SWT.Selection, e -> updateLaunchConfigurationDialog());
        boardFile.addModifyListener(e -> updateLaunchConfigurationDialog());

        new Label(top, SWT.NONE).setText("&Process name:");
        process = new Text(top, SWT.BORDER);
        process.setMessage("the file's name without .c");
        process.setToolTipText("A C driver's process; a script names the processes it runs as itself.");
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(process);
        process.addModifyListener(e -> updateLaunchConfigurationDialog());

        new Label(top, SWT.NONE).setText("&Loop bound (scripts):");
        loopBound = new Text(top, SWT.BORDER);
        loopBound.setToolTipText("The most iterations one execution of a script's loop may run before the run stops"
                + " with an error (an endless polling loop); as mmio-sim run --max-loop.");
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(loopBound);
        loopBound.addModifyListener(e -> updateLaunchConfigurationDialog());

        new Label(top, SWT.NONE).setText("&Trace file (JSON Lines):");
        traceFile = new Text(top, SWT.BORDER);
        traceFile.setMessage("none; e.g. /project/run.jsonl");
        traceFile.setToolTipText("Every event of the run, one JSON object a line, as mmio-sim run --trace writes it:"
                + " a workspace path or an absolute path.");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(traceFile);
        traceFile.addModifyListener(e -> updateLaunchConfigurationDialog());
        Button browseTrace = new Button(top, SWT.PUSH);
        browseTrace.setText("Br&owse...");
        browseTrace.addListener(SWT.Selection, e -> {
            org.eclipse.ui.dialogs.SaveAsDialog d = new org.eclipse.ui.dialogs.SaveAsDialog(getShell());
            d.setOriginalName("run.jsonl");
            if (d.open() == Window.OK && d.getResult() != null) {
                traceFile.setText(d.getResult().toString());
            }
        });

        stopAtStart = new Button(top, SWT.CHECK);
        stopAtStart.setText("&Stop at the start of main (a script's first statement) when debugging");
        GridDataFactory.fillDefaults().span(3, 1).applyTo(stopAtStart);
        stopAtStart.addListener(SWT.Selection, e -> updateLaunchConfigurationDialog());
    }

    private void pick(Text into, String pattern, String title) {
        FilteredResourcesSelectionDialog d = new FilteredResourcesSelectionDialog(getShell(), false,
                ResourcesPlugin.getWorkspace().getRoot(), IResource.FILE);
        d.setTitle(title);
        d.setInitialPattern(pattern);
        if (d.open() == Window.OK && d.getResult() != null && d.getResult().length > 0
                && d.getResult()[0] instanceof IResource r) {
            into.setText(r.getFullPath().toString());
        }
    }

    private void enableBoard() {
        builtIn.setEnabled(boardBuiltIn.getSelection());
        boardFile.setEnabled(boardFromFile.getSelection());
        browseBoard.setEnabled(boardFromFile.getSelection());
    }

    @Override
    public void setDefaults(ILaunchConfigurationWorkingCopy configuration) {
        defaults(configuration, null);
    }

    @Override
    public void initializeFrom(ILaunchConfiguration configuration) {
        try {
            file.setText(configuration.getAttribute(MmioDebugModel.ATTR_FILE, ""));
            String board = configuration.getAttribute(MmioDebugModel.ATTR_BOARD, "");
            boolean isBuiltIn = Boards.names().contains(board);
            boardFromDriver.setSelection(board.isBlank());
            boardBuiltIn.setSelection(isBuiltIn);
            boardFromFile.setSelection(!board.isBlank() && !isBuiltIn);
            if (isBuiltIn) {
                builtIn.select(Boards.names().indexOf(board));
            }
            boardFile.setText(!board.isBlank() && !isBuiltIn ? board : "");
            process.setText(configuration.getAttribute(MmioDebugModel.ATTR_PROCESS, ""));
            stopAtStart.setSelection(configuration.getAttribute(DriverLaunchDelegate.ATTR_STOP_AT_START, true));
            loopBound.setText(Integer.toString(configuration.getAttribute(MmioDebugModel.ATTR_LOOP_BOUND,
                    MmioDebugModel.DEFAULT_LOOP_BOUND)));
            traceFile.setText(configuration.getAttribute(MmioDebugModel.ATTR_TRACE_FILE, ""));
        } catch (CoreException e) {
            setErrorMessage(e.getMessage());
        }
        enableBoard();
    }

    @Override
    public void performApply(ILaunchConfigurationWorkingCopy configuration) {
        String path = file.getText().trim();
        configuration.setAttribute(MmioDebugModel.ATTR_FILE, path);
        IResource r = path.isEmpty() ? null : ResourcesPlugin.getWorkspace().getRoot().findMember(path);
        configuration.setMappedResources(r == null ? null : new IResource[] {r});
        String board = boardBuiltIn.getSelection() ? builtIn.getText()
                : boardFromFile.getSelection() ? boardFile.getText().trim() : "";
        configuration.setAttribute(MmioDebugModel.ATTR_BOARD, board);
        configuration.setAttribute(MmioDebugModel.ATTR_PROCESS, process.getText().trim());
        configuration.setAttribute(DriverLaunchDelegate.ATTR_STOP_AT_START, stopAtStart.getSelection());
        try {
            configuration.setAttribute(MmioDebugModel.ATTR_LOOP_BOUND, Integer.parseInt(loopBound.getText().trim()));
        } catch (NumberFormatException e) {
            // isValid says so; the saved bound stays
        }
        configuration.setAttribute(MmioDebugModel.ATTR_TRACE_FILE, traceFile.getText().trim());
    }

    @Override
    public boolean isValid(ILaunchConfiguration configuration) {
        setErrorMessage(problem());
        return getErrorMessage() == null;
    }

    /** What is wrong with the tab's fields, or null. */
    private String problem() {
        String path = file.getText().trim();
        if (path.isEmpty()) {
            return "Choose the driver's C file or script.";
        }
        IResource r = ResourcesPlugin.getWorkspace().getRoot().findMember(path);
        if (!(r instanceof IFile)) {
            return "The workspace has no file " + path + ".";
        }
        if (!path.endsWith(".c") && !path.endsWith(".mmio")) {
            return path + " is neither a C file nor a driver script (*.mmio).";
        }
        if (boardFromFile.getSelection()) {
            String b = boardFile.getText().trim();
            if (b.isEmpty()) {
                return "Choose the board file.";
            }
            if (!(ResourcesPlugin.getWorkspace().getRoot().findMember(b) instanceof IFile)) {
                return "The workspace has no board file " + b + ".";
            }
        }
        try {
            if (Integer.parseInt(loopBound.getText().trim()) < 1) {
                return "The loop bound must be at least 1.";
            }
        } catch (NumberFormatException e) {
            return "The loop bound must be a whole number from 1 to " + Integer.MAX_VALUE + ".";
        }
        String trace = traceFile.getText().trim();
        if (!trace.isEmpty() && (trace.equals(path) || trace.endsWith(".c") || trace.endsWith(".mmio")
                || trace.endsWith(".yaml"))) {
            return "The trace file would overwrite a driver or board file: choose a .jsonl file.";
        }
        String name = process.getText().trim();
        if (!name.isEmpty() && !Simulator.isProcessName(name)) {
            return "'" + name + "' cannot name a process: 'kernel' and 'simulator' are reserved, and control"
                    + " characters are not allowed.";
        }
        return null;
    }

    @Override
    public String getName() {
        return "Main";
    }
}
