#pragma once

#include "diagramedges.h"

#include "../model/design.h"
#include "../sim/trace.h"

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace mailpath::core {

/**
 * The drawn diagram as plain data (STYLE rule 17): computed once from a design, its layout
 * and optionally a traced flow; the canvas, every exporter and the geometry tests read this
 * result instead of placing anything themselves.
 *
 * Coordinates are absolute scene units (1 unit = 1 px at 96 DPI, y grows downwards), the
 * same as the canvas scene. Text sizes are in typographic points at that scale
 * (1 pt = 96/72 units). A rectangle with zero width or height means "nothing drawn".
 *
 * Phases, as in Graphviz's layout-then-render split and ELK's separate phases:
 *   1. boxes: containers and nodes from the layout (absolute), titles and labels wrapped to
 *      full text (never elided) and measured;
 *   2. edges: routed orthogonally around foreign nodes, titles and labels (diagramrouting.h);
 *      parallel edges nudged into separate lanes;
 *   3. edge labels: placed where they collide with nothing;
 *   4. flow: the traced flow's hops routed node to node, the return lane beside the forward.
 */

struct GeoPoint
{
    double x = 0;
    double y = 0;
    friend bool operator==(const GeoPoint &, const GeoPoint &) = default;
};

struct GeoRect
{
    double x = 0;
    double y = 0;
    double width = 0;
    double height = 0;

    double right() const { return x + width; }
    double bottom() const { return y + height; }
    GeoPoint center() const { return {x + width / 2, y + height / 2}; }
    bool isEmpty() const { return width <= 0 || height <= 0; }
    /** Interiors overlap (touching borders do not count). */
    bool intersects(const GeoRect &o) const;
    bool contains(const GeoPoint &p) const;
    bool contains(const GeoRect &o) const;
    GeoRect adjusted(double dx1, double dy1, double dx2, double dy2) const;
    GeoRect united(const GeoRect &o) const;
    friend bool operator==(const GeoRect &, const GeoRect &) = default;
};

/** An axis-parallel or oblique segment; true when it passes through r's interior. */
bool segmentCrosses(const GeoPoint &a, const GeoPoint &b, const GeoRect &r);

using Polyline = std::vector<GeoPoint>;

/** Text as drawn: full lines (wrapped, never elided) in rect, centred unless left. */
struct TextBlock
{
    GeoRect rect;                   //!< the ink box of all lines
    std::vector<std::string> lines; //!< empty: no text
    double pointSize = 8;
    bool bold = false;
    bool alignLeft = false;
};

/** Region, VPC, AZ, subnet or on-premises network. */
struct ContainerGeometry
{
    std::string key;
    std::string parent; //!< "" at the top level
    int depth = 0;      //!< 0 for top-level boxes
    GeoRect box;
    GeoRect iconRect;   //!< the header icon
    TextBlock title;    //!< name and CIDR; the obstacle edges route around
    bool deleted = false; //!< deleted or being deleted: drawn grey and dashed
};

/** A resource drawn as an icon with its name and address lines below. */
struct NodeGeometry
{
    std::string key;
    std::string parent;
    GeoRect box;        //!< the layout's box (selection and hit area)
    GeoRect iconRect;
    /** Name lines (the first titleLines, at titlePoints) then address lines (label.pointSize). */
    TextBlock label;
    size_t titleLines = 1;
    double titlePoints = 8;
    bool deleted = false;
    /** The union of icon and label: what nothing foreign may touch. */
    GeoRect extent() const { return box.united(label.rect); }
};

/** A derived arrow, routed. points run from `from` to `to` (arrow head at the end). */
struct EdgeGeometry
{
    std::string from;
    std::string to;
    EdgeKind kind = EdgeKind::Route;
    std::vector<std::string> modelIds;
    Polyline points;
    TextBlock label;          //!< rect empty when there is no label
    bool bundled = false;     //!< several subnets' routes or several labels: drawn thicker
    bool deleted = false;     //!< the resource behind it is deleted or being deleted
    bool routed = false;      //!< false: a straight fallback (huge designs)
};

/** One hop of the traced flow drawn from one drawn key to the next. */
struct FlowHopGeometry
{
    std::string from;
    std::string to;
    bool reply = false;       //!< the return lane, drawn dashed beside the forward lane
    bool failed = false;      //!< the hop where the flow is blocked: drawn red
    Polyline points;
};

struct FlowGeometry
{
    std::vector<FlowHopGeometry> hops;
    std::vector<std::string> passedKeys; //!< drawn keys the flow passes (highlighted)
    std::string failedKey;               //!< the drawn key that blocks it, "" if delivered
    std::optional<GeoPoint> failedPoint; //!< where a callout should point
};

struct DiagramGeometry
{
    GeoRect bounds; //!< everything drawn, without margin
    std::vector<ContainerGeometry> containers; //!< parents before children
    std::vector<NodeGeometry> nodes;
    std::vector<EdgeGeometry> edges;
    std::optional<FlowGeometry> flow;

    const ContainerGeometry *container(std::string_view key) const;
    const NodeGeometry *node(std::string_view key) const;
};

/**
 * The last routing of one view (the canvas): its inputs (obstacles, endpoints, edges, the
 * flow's hops, label sizes) and results. An edit that moves, resizes, renames or re-wires
 * nothing drawn (a rule, a port, a state) reuses the routes instead of routing them again.
 */
class RoutingMemo
{
public:
    RoutingMemo();
    ~RoutingMemo();
    RoutingMemo(const RoutingMemo &) = delete;
    RoutingMemo &operator=(const RoutingMemo &) = delete;

    size_t reused() const { return m_reused; } //!< geometries that took the stored routes
    size_t routed() const { return m_routed; } //!< geometries that routed

    struct State;

private:
    friend struct RoutingMemoAccess;
    std::unique_ptr<State> m_state;
    size_t m_reused = 0;
    size_t m_routed = 0;
};

/** Width in scene units of one line of text at pointSize (DejaVu Sans metrics by default). */
using TextMeasure = std::function<double(std::string_view text, double pointSize, bool bold)>;
double estimateTextWidth(std::string_view text, double pointSize, bool bold);
/** Line height in scene units of DejaVu Sans at pointSize. */
double lineHeight(double pointSize);

struct GeometryOptions
{
    TextMeasure measure = estimateTextWidth;
    double nodeLabelWidth = 106;   //!< node labels wrap beyond this width (node + gap)
    double nodeTitlePoints = 8;
    double nodeDetailPoints = 8;
    double containerTitlePoints = 9;
    double edgeLabelPoints = 8;
    double obstacleMargin = 10;    //!< where routes prefer to run beside an obstacle
    double clearance = 6;          //!< the least distance of a route to a foreign obstacle
    double laneSpacing = 5;        //!< between parallel edges
    double flowLaneSpacing = 8;    //!< between a flow's forward and return lanes
    /** Above this many edges arrows are straight lines (routing cost grows with size). */
    size_t maxRoutedEdges = 400;
    bool route = true;
    /** Subnets whose own arrows are kept when fan-outs are bundled (e.g. a shown path). */
    std::vector<std::string> keepSubnets;
    /** Maps a key to the key drawn for it ("" hides it); identity by default (filters). */
    std::function<std::string(const std::string &)> shownKey;
    /** Kept by a view between geometries; null routes every time. */
    std::shared_ptr<RoutingMemo> memo;
};

/**
 * The whole diagram of design as drawn, from design.layout() (complete it first with
 * fillMissingLayout). With a trace, the flow's hops are placed on drawn keys and routed.
 */
DiagramGeometry computeDiagramGeometry(const Design &design, const Trace *trace = nullptr,
                                       const GeometryOptions &options = {});

/** The words a drawn key shows: its name, and its addresses or CIDR ("" when none). */
struct DrawnText
{
    std::string title;
    std::string detail; //!< e.g. "10.0.0.10 / 203.0.113.10"; " / " separates lines on nodes
};
DrawnText drawnText(const Design &design, const std::string &key);

/** A subnet is public when its route table sends something to an internet gateway. */
bool isPublicSubnet(const Design &design, std::string_view subnetId);

/** True when the resource is deleted or being deleted (drawn grey and dashed). */
bool isDeletedResource(const Design &design, std::string_view id);

/** Wraps text into lines no wider than maxWidth, breaking after ' ', '/', '.', '-', ','. */
std::vector<std::string> wrapText(std::string_view text, double maxWidth, double pointSize,
                                  bool bold, const TextMeasure &measure = estimateTextWidth);

} // namespace mailpath::core
