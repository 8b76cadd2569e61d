#pragma once

// Internal to core/layout: phases 2-4 of the diagram geometry (diagramgeometry.h).

#include "diagramgeometry.h"

#include <string>
#include <vector>

namespace mailpath::core {

/** Something routes keep clear of: a node with its label, or a container's title. */
struct RouteObstacle
{
    GeoRect rect;
    std::string owner; //!< the drawn key it belongs to
    friend bool operator==(const RouteObstacle &, const RouteObstacle &) = default;
};

/**
 * Orthogonal routing on the orthogonal visibility grid of the obstacles (Wybrow, Marriott,
 * Stuckey: "Orthogonal connector routing", GD 2009, as in libavoid): grid lines run at every
 * obstacle side (kept margin apart) and through every port; A* over (grid point, heading)
 * minimises length + bends + segments shared with earlier routes, then collinear shared
 * segments are nudged apart into lanes. Endpoints leave from the middle of a node's side or
 * from points along a container's border.
 */
class OrthogonalRouter
{
public:
    /** A node (ports at its sides' middles, sideY for left and right) or a container. */
    struct Endpoint
    {
        GeoRect box;
        bool container = false;
        GeoRect icon; //!< a node's icon: side routes end on it, at its middle height
    };

    /**
     * Builds the grid once for every endpoint that will be routed. Routes keep clearance
     * from every obstacle and prefer to run margin away from it.
     */
    OrthogonalRouter(const std::vector<RouteObstacle> &obstacles,
                     const std::vector<Endpoint> &endpoints, double margin, double clearance);
    ~OrthogonalRouter();
    OrthogonalRouter(const OrthogonalRouter &) = delete;
    OrthogonalRouter &operator=(const OrthogonalRouter &) = delete;

    /** The route, or empty when the ends cannot be connected without crossing an obstacle. */
    Polyline route(const Endpoint &from, const Endpoint &to);
    /** Marks a route as taken: later routes pay for sharing its segments. */
    void commit(const Polyline &route);

private:
    struct Impl;
    Impl *m_impl;
};

/**
 * Spreads collinear overlapping segments of different routes spacing apart, never moving
 * one further than maxShift from where it was routed (the routes' clearance).
 */
void nudgeIntoLanes(std::vector<Polyline *> routes, double spacing, double maxShift);

/** Polyline offset sideways by distance (positive: to the right of its direction). */
Polyline offsetPolyline(const Polyline &line, double distance);

/** Phase 2 and 4: edges and the flow's hops, routed (straight beyond maxRoutedEdges). */
void routeDiagram(DiagramGeometry &geometry, const std::vector<RouteObstacle> &obstacles,
                  const GeometryOptions &options);

/** Phase 3: each edge label where it meets no node, title, other label or foreign line. */
void placeEdgeLabels(DiagramGeometry &geometry, const std::vector<RouteObstacle> &obstacles,
                     const GeometryOptions &options);

/**
 * Phases 2-3 from the memo when their inputs equal the stored ones: edge points and label
 * rectangles, the flow's hop points. False (nothing changed) otherwise.
 */
bool reuseRouting(RoutingMemo &memo, DiagramGeometry &geometry,
                  const std::vector<RouteObstacle> &obstacles, const GeometryOptions &options);
/** Keeps the inputs and results of phases 2-3 just computed. */
void storeRouting(RoutingMemo &memo, const DiagramGeometry &geometry,
                  std::vector<RouteObstacle> obstacles, const GeometryOptions &options);

} // namespace mailpath::core
