#pragma once

#include "core/sim/trace.h"

#include <QMainWindow>

#include <optional>

class QDockWidget;
class QMenu;

namespace mailpath::app {

class Autosave;
class CanvasActions;
class ComparePanel;
class DesignController;
class DesignDocument;
class DiagnosticsPanel;
class DiagramScene;
class DiagramView;
class FileActions;
class FlowRunner;
class FlowsPanel;
class InspectorPanel;
class MailPathsPanel;
class PalettePanel;
class StepPanel;

/** Creates the actions, docks and wiring; the work happens in the objects it connects. */
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    DesignDocument *document() const { return m_document; }
    DiagramScene *scene() const { return m_scene; }
    DiagramView *view() const { return m_view; }
    FlowsPanel *flowsPanel() const { return m_flows; }
    FlowRunner *flowRunner() const { return m_runner; }
    InspectorPanel *inspector() const { return m_inspector; }
    StepPanel *stepPanel() const { return m_steps; }
    FileActions *fileActions() const { return m_files; }
    DiagnosticsPanel *diagnosticsPanel() const { return m_diagnostics; }
    CanvasActions *canvasActions() const { return m_canvasActions; }
    MailPathsPanel *mailPathsPanel() const { return m_mailPaths; }
    ComparePanel *comparePanel() const { return m_compare; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createDocks();
    void createActions();
    void createFileMenu();
    void createEditMenu();
    void createViewMenu();
    void wire();
    void updateTitle();
    void showFlow(int index);
    void showTrace(const std::optional<core::Trace> &trace);
    void restoreSettings();

    DesignDocument *m_document;
    FlowRunner *m_runner;
    DiagramScene *m_scene;
    DiagramView *m_view;
    DesignController *m_controller;
    FileActions *m_files;
    Autosave *m_autosave;
    PalettePanel *m_palette = nullptr;
    InspectorPanel *m_inspector = nullptr;
    FlowsPanel *m_flows = nullptr;
    StepPanel *m_steps = nullptr;
    DiagnosticsPanel *m_diagnostics = nullptr;
    MailPathsPanel *m_mailPaths = nullptr;
    ComparePanel *m_compare = nullptr;
    QDockWidget *m_compareDock = nullptr;
    QMenu *m_viewMenu = nullptr;
    CanvasActions *m_canvasActions = nullptr;
};

} // namespace mailpath::app
