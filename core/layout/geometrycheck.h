#pragma once

#include "diagramgeometry.h"

#include <string>
#include <vector>

namespace mailpath::core {

/**
 * The customer-document rules of a drawn diagram, checked on its geometry (issue #16, STYLE
 * rule 17). Tests assert on it; the same counts were measured on the exported SVGs before.
 */
struct GeometryReport
{
    int labelOverlaps = 0;        //!< two text rectangles intersect
    int labelsOnForeignIcons = 0; //!< text on an icon that is not its own node's
    int linesThroughNodes = 0;    //!< an edge or flow segment through a foreign node
    int linesThroughTitles = 0;   //!< ... through a foreign container title
    int linesThroughLabels = 0;   //!< ... through a foreign node or edge label
    int elidedLabels = 0;         //!< text shortened with "…"
    int smallTexts = 0;           //!< under minPoints when fitted to the page
    int nodesOutsideParent = 0;   //!< a node or container not inside its container
    double smallestPoints = 0;    //!< of all text, fitted to the page
    std::vector<std::string> findings; //!< one sentence each, for test failure messages

    int total() const
    {
        return labelOverlaps + labelsOnForeignIcons + linesThroughNodes + linesThroughTitles
               + linesThroughLabels + elidedLabels + smallTexts + nodesOutsideParent;
    }
};

struct PageFit
{
    double width = 1142.5;  //!< points: A3 landscape less the page's margins, title and band
    double height = 657.9;
    double minPoints = 6;
};

GeometryReport checkGeometry(const DiagramGeometry &geometry, const PageFit &page = {});

} // namespace mailpath::core
