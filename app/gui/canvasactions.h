#pragma once

#include <QObject>

#include <functional>
#include <string>
#include <vector>

class QWidget;

namespace mailpath::app {

class CanvasMenu;
class DesignController;
class DesignDocument;
class DiagramScene;
class FlowsPanel;
class InspectorPanel;

/**
 * What the canvas's context menu and the Delete key do beyond one command: deleting what a
 * flow uses asks first and marks the flow (one undo step), new flows start from or end at
 * the clicked resource, "Show in Inspector" opens tables that are not drawn.
 */
class CanvasActions : public QObject
{
    Q_OBJECT

public:
    CanvasActions(DesignDocument *document, DiagramScene *scene, DesignController *controller,
                  FlowsPanel *flows, InspectorPanel *inspector, QWidget *window);

    CanvasMenu *menu() const { return m_menu; }
    void deleteSelection();
    /** Deletes keys; when flows use them, asks (through the hook) and marks those flows. */
    void deleteKeys(const std::vector<std::string> &keys);
    void newFlow(const std::string &from, const std::string &to);
    /** Ctrl+C, Ctrl+V, Ctrl+D: fresh ids and addresses for what is pasted. */
    void copySelection();
    void paste();
    void duplicateSelection();

    /** Replaces the "delete what flows use?" question (tests answer it). */
    void setConfirmHook(std::function<bool(const QString &question)> hook)
    {
        m_confirm = std::move(hook);
    }

private:
    void routeFrom(const std::string &subnetId);
    void pasteJson(const QByteArray &json);

    DesignDocument *m_document;
    DiagramScene *m_scene;
    DesignController *m_controller;
    FlowsPanel *m_flows;
    InspectorPanel *m_inspector;
    QWidget *m_window;
    CanvasMenu *m_menu;
    std::function<bool(const QString &)> m_confirm;
    int m_pastes = 0; //!< successive pastes of one copy step further away
};

} // namespace mailpath::app
