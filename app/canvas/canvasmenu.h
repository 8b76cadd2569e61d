#pragma once

#include <QObject>
#include <QPoint>

#include <functional>
#include <string>
#include <vector>

class QMenu;
class QUndoStack;
class QWidget;

namespace mailpath::core {
class Design;
}

namespace mailpath::app {

class DiagramScene;

/**
 * The canvas's right-click menu, per kind: rename, delete, new flow from or to here, add a
 * route from a subnet, the subnet's network ACL and route table (associate, new, open), the
 * security groups of whatever carries them (attach, detach, new), collapse a VPC. Every
 * change is one undo command; the owner supplies deleting (it asks first) and flows.
 */
class CanvasMenu : public QObject
{
    Q_OBJECT

public:
    CanvasMenu(core::Design &design, QUndoStack *undoStack, DiagramScene *scene,
               QWidget *window);

    /** Fills menu with the actions for the drawn key (tests read and trigger them). */
    void fill(QMenu &menu, const std::string &key);
    void exec(const std::string &key, QPoint screenPos);

signals:
    void deleteRequested(const std::vector<std::string> &keys);
    void newFlowRequested(const std::string &from, const std::string &to);
    void inspectRequested(const std::string &id);
    void routeFromRequested(const std::string &subnetId);

private:
    void addAttachmentEntries(QMenu &menu, const std::string &key);
    void addTableMenus(QMenu &menu, const std::string &key);
    void addSecurityGroupMenu(QMenu &menu, const std::string &key);
    void addFixCodeMenu(QMenu &menu, const std::string &key);
    void addDnsRecordMenu(QMenu &menu, const std::string &key);
    void rename(const std::string &id);

    core::Design &m_design;
    QUndoStack *m_undoStack;
    DiagramScene *m_scene;
    QWidget *m_window;
};

} // namespace mailpath::app
