package org.drawdown.domain;

import java.util.Arrays;
import java.util.List;

/**
 * Great-circle distances between airfields, as the scenario's routes give them. Routes are symmetric. Positioning
 * legs look up arbitrary pairs, so this is a dense matrix indexed by {@link Airfield#getIndex()}.
 */
public final class RouteMap {

    /** Marks a pair without a route. */
    public static final int NO_ROUTE = -1;

    private final int[][] distanceNm;
    private final List<String>[][] overflies;

    @SuppressWarnings("unchecked")
    public RouteMap(int airfieldCount) {
        distanceNm = new int[airfieldCount][airfieldCount];
        overflies = new List[airfieldCount][airfieldCount];
        for (int i = 0; i < airfieldCount; i++) {
            Arrays.fill(distanceNm[i], NO_ROUTE);
            distanceNm[i][i] = 0;
            overflies[i][i] = List.of();
        }
    }

    public void addRoute(Airfield from, Airfield to, int distance, List<String> overflownCountries) {
        List<String> countries = List.copyOf(overflownCountries);
        distanceNm[from.getIndex()][to.getIndex()] = distance;
        distanceNm[to.getIndex()][from.getIndex()] = distance;
        overflies[from.getIndex()][to.getIndex()] = countries;
        overflies[to.getIndex()][from.getIndex()] = countries;
    }

    public boolean hasRoute(Airfield from, Airfield to) {
        return distanceNm[from.getIndex()][to.getIndex()] != NO_ROUTE;
    }

    /** The distance, or {@link #NO_ROUTE}. Same airfield: 0. */
    public int distanceNm(Airfield from, Airfield to) {
        return distanceNm[from.getIndex()][to.getIndex()];
    }

    public List<String> overflies(Airfield from, Airfield to) {
        List<String> countries = overflies[from.getIndex()][to.getIndex()];
        return countries == null ? List.of() : countries;
    }

    /** Flight minutes of a leg; a leg without a route counts as instantaneous (its breach is scored apart). */
    public int flightMinutes(Airfield from, Airfield to, AircraftType type) {
        int distance = distanceNm(from, to);
        return distance == NO_ROUTE ? 0 : type.flightMinutes(distance);
    }
}
