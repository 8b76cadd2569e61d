#pragma once

class QMenu;
class QWidget;

namespace mailpath::app {

/**
 * View > Language: Automatic (the system locale), English, 日本語. The choice is stored in
 * the settings and applies from the next start (menus and panels are built once).
 */
void addLanguageMenu(QMenu *parent, QWidget *window);

/** The language the GUI starts in: the stored choice, else the system locale. */
void applyStartupLanguage();

} // namespace mailpath::app
