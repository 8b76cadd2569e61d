#include "mainwindow.h"

#include "autosave.h"
#include "app/base/appresources.h"
#include "canvasactions.h"
#include "languagemenu.h"
#include "designcontroller.h"
#include "designdocument.h"
#include "exporthook.h"
#include "fileactions.h"
#include "app/flows/flowrunner.h"

#include "app/canvas/diagramscene.h"
#include "app/canvas/diagramview.h"
#include "app/panels/comparepanel.h"
#include "app/panels/diagnosticspanel.h"
#include "app/panels/flowspanel.h"
#include "app/panels/inspectorpanel.h"
#include "app/panels/mailpathspanel.h"
#include "app/panels/palettepanel.h"
#include "app/panels/steppanel.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileInfo>
#include <QGuiApplication>
#include <QInputDialog>
#include <QMenuBar>
#include <QScreen>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QToolBar>
#include <QUndoStack>

namespace mailpath::app {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_document(new DesignDocument(this))
    , m_runner(new FlowRunner(m_document->design(), this))
    , m_scene(new DiagramScene(m_document->design(), this))
    , m_view(new DiagramView(m_scene, this))
    , m_controller(new DesignController(m_document, m_scene, this))
    , m_files(new FileActions(m_document, this, this))
    , m_autosave(new Autosave(m_document, this))
{
    m_files->setAutosave(m_autosave);
    initResources();
    setWindowIcon(QIcon(QStringLiteral(":/icons/mailpath.svg")));
    setCentralWidget(m_view);
    createDocks();
    m_canvasActions = new CanvasActions(m_document, m_scene, m_controller, m_flows, m_inspector,
                                        this);
    createActions();
    wire();
    restoreSettings();
    updateTitle();
    statusBar()->showMessage(tr("Drag components from the palette; Shift+drag from a subnet to a "
                                "gateway adds a route."));
}

MainWindow::~MainWindow()
{
    // Everything that observes the design goes before the document that owns it. The document
    // itself is deleted by ~QWidget, when this is no longer a MainWindow: its undo stack's last
    // signals must not reach our slots.
    m_document->disconnect(this);
    m_document->undoStack()->disconnect(this);
    m_scene->disconnect(this);
    qDeleteAll(findChildren<QDockWidget *>());
    delete m_view;
    delete m_controller;
    delete m_scene;
    delete m_runner;
}

void MainWindow::createDocks()
{
    auto dock = [this](const QString &title, const QString &name, QWidget *widget,
                       Qt::DockWidgetArea area) {
        auto *d = new QDockWidget(title, this);
        d->setObjectName(name); // saveState() needs names
        d->setWidget(widget);
        addDockWidget(area, d);
        return d;
    };
    m_palette = new PalettePanel(this);
    dock(tr("Palette"), QStringLiteral("palette"), m_palette, Qt::LeftDockWidgetArea);
    m_inspector = new InspectorPanel(m_document->design(), m_document->undoStack(), this);
    dock(tr("Inspector"), QStringLiteral("inspector"), m_inspector, Qt::RightDockWidgetArea)
        ->setMinimumWidth(420);
    m_flows = new FlowsPanel(m_document->design(), m_document->undoStack(), m_runner, this);
    m_steps = new StepPanel(this);
    auto *bottom = new QSplitter(Qt::Horizontal, this);
    bottom->addWidget(m_flows);
    bottom->addWidget(m_steps);
    bottom->setStretchFactor(0, 3);
    bottom->setStretchFactor(1, 2);
    auto *flowsDock = dock(tr("Flows"), QStringLiteral("flows"), bottom, Qt::BottomDockWidgetArea);
    m_diagnostics = new DiagnosticsPanel(this);
    auto *diagnosticsDock = dock(tr("Diagnostics"), QStringLiteral("diagnostics"), m_diagnostics,
                                 Qt::BottomDockWidgetArea);
    tabifyDockWidget(flowsDock, diagnosticsDock);
    m_mailPaths = new MailPathsPanel(m_document->design(), m_document->undoStack(), this);
    auto *mailDock = dock(tr("Mail Paths"), QStringLiteral("mailpaths"), m_mailPaths,
                          Qt::BottomDockWidgetArea);
    tabifyDockWidget(flowsDock, mailDock);
    mailDock->hide(); // opened after an import, or from the View menu
    m_compare = new ComparePanel(m_document->design(), this);
    m_compareDock = dock(tr("Changes Since Saved"), QStringLiteral("compare"), m_compare,
                         Qt::BottomDockWidgetArea);
    tabifyDockWidget(flowsDock, m_compareDock);
    m_compareDock->hide(); // Edit > Compare with Saved
    connect(m_files, &FileActions::imported, this, [mailDock] {
        mailDock->show();
        mailDock->raise();
    });
    flowsDock->raise();
    connect(m_files, &FileActions::diagnosticsReady, this,
            [this, diagnosticsDock](const core::Diagnostics &diagnostics, const QString &title) {
                m_diagnostics->setDiagnostics(diagnostics, title);
                diagnosticsDock->show();
                diagnosticsDock->raise();
            });
}

void MainWindow::createActions()
{
    createFileMenu();
    createEditMenu();
    createViewMenu();
}

void MainWindow::createFileMenu()
{
    QMenu *menu = menuBar()->addMenu(tr("&File"));
    menu->addAction(tr("&New"), QKeySequence::New, m_files, &FileActions::newDesign);
    QMenu *templates = menu->addMenu(tr("New from &Template"));
    connect(templates, &QMenu::aboutToShow, this, [this, templates] {
        m_files->fillTemplateMenu(templates);
    });
    m_files->fillTemplateMenu(templates);
    menu->addAction(tr("&Open…"), QKeySequence::Open, m_files, &FileActions::open);
    QMenu *recent = menu->addMenu(tr("Open &Recent"));
    connect(recent, &QMenu::aboutToShow, this, [this, recent] { m_files->fillRecentMenu(recent); });
    menu->addSeparator();
    menu->addAction(tr("&Save"), QKeySequence::Save, m_files, &FileActions::save);
    menu->addAction(tr("Save &As…"), QKeySequence::SaveAs, m_files, &FileActions::saveAs);
    menu->addSeparator();
    menu->addAction(tr("&Import AWS Snapshot…"), QKeySequence(tr("Ctrl+I")), m_files,
                    &FileActions::importSnapshot);
    menu->addAction(tr("Open &Terraform Plan/State or CloudFormation Template…"), m_files,
                    &FileActions::importCode);
    menu->addAction(tr("&Export…"), QKeySequence(tr("Ctrl+E")), this, [this] {
        const QString written = showExportDialog(this, m_document->design(),
                                                 m_flows->currentFlowId(), m_document->filePath());
        if (!written.isEmpty())
            statusBar()->showMessage(tr("Exported to %1").arg(written), 8000);
    });
    menu->addSeparator();
    menu->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
}

void MainWindow::createEditMenu()
{
    QMenu *menu = menuBar()->addMenu(tr("&Edit"));
    QUndoStack *undo = m_document->undoStack();
    QAction *undoAction = undo->createUndoAction(this, tr("&Undo"));
    undoAction->setShortcut(QKeySequence::Undo);
    QAction *redoAction = undo->createRedoAction(this, tr("&Redo"));
    redoAction->setShortcut(QKeySequence::Redo);
    menu->addAction(undoAction);
    menu->addAction(redoAction);
    menu->addSeparator();
    QAction *del = menu->addAction(tr("&Delete"), QKeySequence::Delete, m_canvasActions,
                                   &CanvasActions::deleteSelection);
    del->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_view->addAction(del); // Delete in a table cell edits the cell, not the diagram
    const std::pair<QKeySequence, void (CanvasActions::*)()> clipboard[] = {
        {QKeySequence::Copy, &CanvasActions::copySelection},
        {QKeySequence::Paste, &CanvasActions::paste},
        {QKeySequence(tr("Ctrl+D")), &CanvasActions::duplicateSelection}};
    const QString names[] = {tr("&Copy"), tr("&Paste"), tr("D&uplicate")};
    for (int i = 0; i < 3; ++i) {
        QAction *a = menu->addAction(names[i], clipboard[i].first, m_canvasActions,
                                     clipboard[i].second);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_view->addAction(a);
    }
    menu->addAction(tr("Select &All"), QKeySequence::SelectAll, this, [this] {
        for (auto *item : m_scene->items())
            if (item->flags() & QGraphicsItem::ItemIsSelectable)
                item->setSelected(true);
    });
    menu->addAction(tr("Compare with &Saved"), QKeySequence(tr("Ctrl+Shift+D")), this, [this] {
        m_compareDock->show();
        m_compareDock->raise();
        m_compare->refresh();
    });
    menu->addSeparator();
    QAction *connectMode = menu->addAction(tr("Draw &Route Arrows"));
    connectMode->setCheckable(true);
    connectMode->setShortcut(QKeySequence(tr("R")));
    connectMode->setToolTip(tr("Drag from a subnet to a gateway to add a 0.0.0.0/0 route "
                               "(Shift+drag works without this mode)"));
    connect(connectMode, &QAction::toggled, m_scene, &DiagramScene::setConnectMode);
    auto *toolbar = addToolBar(tr("Edit"));
    toolbar->setObjectName(QStringLiteral("editToolbar"));
    toolbar->addAction(undoAction);
    toolbar->addAction(redoAction);
    toolbar->addAction(connectMode);
}

void MainWindow::createViewMenu()
{
    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_viewMenu->addAction(tr("Zoom &In"), QKeySequence::ZoomIn, m_view, &DiagramView::zoomIn);
    m_viewMenu->addAction(tr("Zoom &Out"), QKeySequence::ZoomOut, m_view, &DiagramView::zoomOut);
    m_viewMenu->addAction(tr("Zoom to &Fit"), QKeySequence(tr("Ctrl+0")), m_view,
                          &DiagramView::zoomToFit);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(tr("F&ilter VPCs…"), QKeySequence(tr("Ctrl+Shift+F")), this, [this] {
        bool ok = false;
        const QString text = QInputDialog::getText(
            this, tr("Filter VPCs"), tr("Show the VPCs whose id, name, CIDR or tag (key=value) "
                                        "contains:"), QLineEdit::Normal, m_scene->filter(), &ok);
        if (!ok)
            return;
        m_scene->setFilter(text);
        m_view->zoomToFit();
    });
    m_viewMenu->addAction(tr("Show All VPCs"), this, [this] {
        m_scene->setFilter({});
        m_view->zoomToFit();
    });
    m_viewMenu->addAction(tr("&Collapse All VPCs"), this,
                          [this] { m_controller->setCollapsed({}, true); });
    m_viewMenu->addAction(tr("E&xpand All VPCs"), this,
                          [this] { m_controller->setCollapsed({}, false); });
    m_viewMenu->addSeparator();
    for (auto *d : findChildren<QDockWidget *>())
        m_viewMenu->addAction(d->toggleViewAction());
    m_viewMenu->addSeparator();
    addLanguageMenu(m_viewMenu, this);
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About MailPath"), this, [this] {
        QMessageBox::about(this, tr("About MailPath"),
                           tr("<b>MailPath %1</b><br>Simulates SMTP connections and their replies "
                              "hop by hop through AWS networks.")
                               .arg(QStringLiteral(MAILPATH_VERSION)));
    });
}

void MainWindow::wire()
{
    connect(m_document, &DesignDocument::modifiedChanged, this, &MainWindow::updateTitle);
    // Fitting follows DiagramScene::reset (open, import); a Save As must not move the view.
    connect(m_document, &DesignDocument::filePathChanged, this, &MainWindow::updateTitle);
    connect(m_document->undoStack(), &QUndoStack::indexChanged, this, &MainWindow::updateTitle);
    connect(m_scene, &QGraphicsScene::selectionChanged, this, [this] {
        const auto keys = m_scene->selectedKeys();
        m_inspector->setKey(keys.size() == 1 ? keys.front() : std::string());
    });
    // One re-simulation path: the scene syncs, then the runner publishes once, then the table
    // (connected first, in FlowsPanel) and the path and step panel follow the same results.
    m_runner->setPublishAfterView(true);
    connect(m_scene, &DiagramScene::synced, m_runner, &FlowRunner::publish);
    connect(m_runner, &FlowRunner::resultsChanged, this,
            [this] { showFlow(m_flows->currentFlow()); });
    connect(m_flows, &FlowsPanel::flowSelected, this, &MainWindow::showFlow);
    connect(m_mailPaths, &MailPathsPanel::traceRequested, this, &MainWindow::showTrace);
    connect(m_compare, &ComparePanel::traceRequested, this, &MainWindow::showTrace);
    auto baseline = [this] {
        m_compare->setBaseline([this] { return m_document->baseline(); },
                               m_document->baselineLabel());
    };
    connect(m_document, &DesignDocument::baselineChanged, this, baseline);
    baseline();
    connect(m_steps, &StepPanel::stepChanged, m_scene, &DiagramScene::setStep);
    connect(m_view, &DiagramView::nudgeRequested, m_controller, &DesignController::nudgeSelection);
    auto showMessage = [this](const QString &text) { statusBar()->showMessage(text, 8000); };
    connect(m_controller, &DesignController::message, this, showMessage);
    connect(m_files, &FileActions::message, this, showMessage);
    connect(m_diagnostics, &DiagnosticsPanel::resourceActivated, this, [this](const QString &id) {
        m_scene->sync();
        m_scene->selectKeys({id.toStdString()});
        if (auto *item = m_scene->itemFor(id.toStdString()))
            m_view->ensureVisible(item);
        else
            statusBar()->showMessage(tr("%1 is not on the diagram").arg(id), 8000);
    });
}

void MainWindow::showFlow(int index)
{
    const auto &results = m_runner->results();
    showTrace(index < 0 || index >= int(results.size()) ? std::nullopt
                                                         : results[size_t(index)].trace);
}

void MainWindow::showTrace(const std::optional<core::Trace> &trace)
{
    m_scene->showTrace(trace);
    m_steps->setTrace(m_document->design(), trace ? &*trace : nullptr);
}

void MainWindow::updateTitle()
{
    const QString path = m_document->filePath();
    QString name = path.isEmpty() ? QString::fromStdString(m_document->design().name)
                                  : QFileInfo(path).fileName();
    if (name.isEmpty())
        name = tr("Untitled");
    setWindowTitle(tr("%1[*] — MailPath").arg(name));
    setWindowFilePath(path);
    setWindowModified(m_document->isModified());
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    if (!restoreGeometry(settings.value("window/geometry").toByteArray())) {
        const QRect screen = QGuiApplication::primaryScreen()->availableGeometry();
        resize(screen.size().boundedTo(QSize(1600, 1000)));
    }
    restoreState(settings.value("window/state").toByteArray());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_files->maybeSave()) {
        event->ignore();
        return;
    }
    QSettings settings;
    settings.setValue("window/geometry", saveGeometry());
    settings.setValue("window/state", saveState());
    m_autosave->discard(); // a clean exit leaves nothing to recover
    event->accept();
}

} // namespace mailpath::app
