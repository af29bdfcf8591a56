package org.drawdown.score;

import static org.drawdown.score.Fixture.DAY;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.impl.score.stream.common.AbstractConstraintStreamScoreDirectorFactory;
import ai.timefold.solver.core.impl.solver.DefaultSolverFactory;
import ai.timefold.solver.test.api.score.stream.ConstraintVerifier;

import org.drawdown.domain.Aircraft;
import org.drawdown.domain.AircraftType;
import org.drawdown.domain.CargoItem;
import org.drawdown.domain.CountryClearances;
import org.drawdown.domain.DrawdownPlan;
import org.drawdown.domain.Flight;
import org.drawdown.domain.PersonnelGroup;
import org.drawdown.domain.PriorAssignment;
import org.drawdown.score.justifications.ClearanceDailyCapJustification;
import org.drawdown.score.justifications.DeparturesPerDayJustification;
import org.drawdown.score.justifications.ForceProtectionJustification;
import org.drawdown.score.justifications.MandatoryCargoNotMovedJustification;
import org.drawdown.score.justifications.PayloadJustification;
import org.drawdown.solver.SolverSettings;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Every constraint: a case that holds, a case that breaks, and the exact penalty. Penalties are in the rule's unit
 * (kg, minutes, flights, USD), worked out by hand from {@link Fixture}'s round figures.
 */
class DrawdownConstraintProviderTest {

    private final ConstraintVerifier<DrawdownConstraintProvider, DrawdownPlan> verifier = ConstraintVerifier.build(
            new DrawdownConstraintProvider(), DrawdownPlan.class, Flight.class, CargoItem.class,
            PersonnelGroup.class);
    private final Fixture world = new Fixture();

    /** Departs day 2 at 06:00, when every clearance is valid: most tests start from here. */
    private static final int DAY_TWO = 2 * DAY + 360;

    @Nested
    class Capacity {

        @Test
        void payloadWithinLimitHolds() {
            Flight flight = world.flight(world.c130a, DAY_TWO);
            verifier.verifyThat(DrawdownConstraintProvider::payload)
                    .given(flight, world.cargo("A", 10000, 1, flight), world.cargo("B", 6000, 1, flight))
                    .penalizesBy(0);
        }

        @Test
        void payloadOverLimitPenalizesKgOver() {
            Flight flight = world.flight(world.c130a, DAY_TWO);
            PersonnelGroup group = world.group("P", 10).on(flight); // 10 x 100 kg
            verifier.verifyThat(DrawdownConstraintProvider::payload)
                    .given(flight, world.cargo("A", 10000, 1, flight), world.cargo("B", 6000, 1, flight), group)
                    .penalizesBy(1000);
        }

        @Test
        void palletPositionsCountSeatPallets() {
            Flight flight = world.flight(world.c130a, DAY_TWO);
            // 70 passengers: 10 beyond the 60 sidewall seats need ceil(10 / 8) = 2 positions; 7 + 2 = 9 > 8.
            PersonnelGroup group = world.group("P", 70).on(flight);
            verifier.verifyThat(DrawdownConstraintProvider::palletPositions)
                    .given(flight, world.cargo("A", 1000, 7, flight), group)
                    .penalizesBy(1);
            verifier.verifyThat(DrawdownConstraintProvider::palletPositions)
                    .given(flight, world.cargo("A", 1000, 6, flight), group)
                    .penalizesBy(0);
        }

        @Test
        void seatsOverLimitPenalizesPeopleOver() {
            Flight flight = world.flight(world.c130a, DAY_TWO);
            verifier.verifyThat(DrawdownConstraintProvider::seats)
                    .given(flight, world.group("P1", 50).on(flight),
                            world.group("P2", 50).on(flight))
                    .penalizesBy(8);
            verifier.verifyThat(DrawdownConstraintProvider::seats)
                    .given(flight, world.group("P1", 92).on(flight))
                    .penalizesBy(0);
        }
    }

    @Nested
    class ZeroCapacities {

        /** A freighter with no seats at all. */
        private final AircraftType freighter = new AircraftType(3, "FRTR", "Freighter", true, 40000, 10, 0, 0, 0,
                false, 450, 2400, 120, 4000);

        private Flight freighterFlight() {
            return world.flight(new Aircraft(9, "FRTR-1", freighter, world.destination, 0, 30 * DAY, world.routes),
                    DAY_TWO);
        }

        @Test
        void charterWithoutPalletPositionsSeatsItsPassengers() {
            Flight flight = world.flight(world.charterA, DAY_TWO);
            PersonnelGroup full = world.group("P", 250).on(flight);
            verifier.verifyThat(DrawdownConstraintProvider::palletPositions).given(flight, full).penalizesBy(0);
            verifier.verifyThat(DrawdownConstraintProvider::seats).given(flight, full).penalizesBy(0);
        }

        @Test
        void charterWithoutPalletPositionsCountsEveryCargoPositionOver() {
            Flight flight = world.flight(world.charterA, DAY_TWO);
            verifier.verifyThat(DrawdownConstraintProvider::palletPositions)
                    .given(flight, world.cargo("A", 1000, 2, flight))
                    .penalizesBy(2);
        }

        @Test
        void withoutSeatPalletsEachPassengerBeyondTheSidewallSeatsIsOnePositionOver() {
            // Sidewall seats only: 10 more passengers cannot be seated at any number of positions.
            Flight charter = world.flight(world.charterA, DAY_TWO);
            verifier.verifyThat(DrawdownConstraintProvider::palletPositions)
                    .given(charter, world.group("P", 260).on(charter))
                    .penalizesBy(10);
            // Cargo that fits is no part of the breach: 3 of 8 positions, and 5 passengers beyond 60 sidewall seats.
            AircraftType noSeatPallets = new AircraftType(4, "C130S", "C-130 without seat pallets", true, 16000, 8,
                    92, 60, 0, false, 320, 1800, 105, 10000);
            Flight flight = world.flight(new Aircraft(8, "C130S-1", noSeatPallets, world.destination, 0, 30 * DAY,
                    world.routes), DAY_TWO);
            verifier.verifyThat(DrawdownConstraintProvider::palletPositions)
                    .given(flight, world.cargo("A", 1000, 3, flight), world.group("P", 65).on(flight))
                    .penalizesBy(5);
        }

        @Test
        void freighterWithoutSeatsCarriesCargoButNoPassenger() {
            Flight cargoOnly = freighterFlight();
            verifier.verifyThat(DrawdownConstraintProvider::seats)
                    .given(cargoOnly, world.cargo("A", 1000, 10, cargoOnly))
                    .penalizesBy(0);
            verifier.verifyThat(DrawdownConstraintProvider::palletPositions)
                    .given(cargoOnly, world.cargo("A", 1000, 10, cargoOnly))
                    .penalizesBy(0);
            Flight withPeople = freighterFlight();
            verifier.verifyThat(DrawdownConstraintProvider::seats)
                    .given(withPeople, world.group("P", 40).on(withPeople))
                    .penalizesBy(40);
        }
    }

    @Nested
    class LaneAndTime {

        @Test
        void loadOnAnotherLanesFlightIsPenalized() {
            Flight own = world.flight(world.c17a, DAY_TWO);
            Flight other = world.flight(world.otherLane, world.c17b, DAY_TWO);
            verifier.verifyThat(DrawdownConstraintProvider::lanes)
                    .given(own, other, world.cargo("A", 1000, 1, own), world.cargo("B", 1000, 1, other))
                    .penalizesBy(1);
        }

        @Test
        void readinessPenalizesMinutesBeforeTheLastLoadIsReady() {
            Flight flight = world.flight(world.c17a, DAY_TWO);
            CargoItem early = world.cargoItem("A", 1000, 1).readyAt(DAY_TWO + 120).on(flight);
            PersonnelGroup late = world.group("P", 10).readyAt(DAY_TWO + 300).on(flight);
            verifier.verifyThat(DrawdownConstraintProvider::readiness)
                    .given(flight, early, late)
                    .penalizesBy(300);
            verifier.verifyThat(DrawdownConstraintProvider::readiness)
                    .given(flight, world.cargoItem("B", 1000, 1).readyAt(DAY_TWO).on(flight))
                    .penalizesBy(0);
        }

        @Test
        void deadlinePenalizesMinutesLate() {
            Flight late = world.flight(world.c17a, 30 * DAY + 60);
            Flight onTime = world.flight(world.c17b, 30 * DAY);
            verifier.verifyThat(DrawdownConstraintProvider::deadline)
                    .given(late, onTime, world.cargo("A", 1000, 1, late), world.cargo("B", 1000, 1, onTime))
                    .penalizesBy(60);
        }

        @Test
        void closureItselfIsTooLate() {
            Flight atClosure = world.flight(world.c17a, 10 * DAY);
            Flight hourLater = world.flight(world.c17b, 10 * DAY + 60);
            Flight before = world.flight(world.c130a, 10 * DAY - 60);
            verifier.verifyThat(DrawdownConstraintProvider::baseClosure)
                    .given(atClosure, hourLater, before, world.cargo("A", 1000, 1, atClosure),
                            world.cargo("B", 1000, 1, hourLater), world.cargo("C", 1000, 1, before))
                    .penalizesBy(1 + 61);
        }

        @Test
        void unflownFlightIsLeftOutOfEveryRule() {
            Flight empty = world.flight(world.c17a, 40 * DAY);
            verifier.verifyThat(DrawdownConstraintProvider::deadline).given(empty).penalizesBy(0);
            verifier.verifyThat(DrawdownConstraintProvider::flyingCost).given(empty).penalizesBy(0);
        }
    }

    @Nested
    class Clearances {

        @Test
        void militaryFlightNeedsEveryCountrysClearance() {
            // Day 0 at 06:00: the Niger landing clearance is valid, the Algerian overflight only from day 1, 18
            // hours later.
            Flight dayZero = world.flight(world.c17a, 360);
            verifier.verifyThat(DrawdownConstraintProvider::clearance)
                    .given(dayZero, world.cargo("A", 1000, 1, dayZero))
                    .penalizesBy(1080L);
            Flight dayTwo = world.flight(world.c17a, DAY_TWO);
            verifier.verifyThat(DrawdownConstraintProvider::clearance)
                    .given(dayTwo, world.cargo("A", 1000, 1, dayTwo))
                    .penalizesBy(0);
        }

        @Test
        void afterAClearanceEndsTheMinutesCountFromItsLastValidMinute() {
            // Both clearances end on day 30; a departure an hour later is 61 minutes from each one's last minute.
            Flight late = world.flight(world.c17a, 30 * DAY + 60);
            verifier.verifyThat(DrawdownConstraintProvider::clearance)
                    .given(late, world.cargo("A", 1000, 1, late))
                    .penalizesBy(2 * 61L);
        }

        @Test
        void typeTheClearanceDoesNotListIsNeverCleared() {
            // The Niger landing clearance lists C-17s and C-130Js; an A400M would need one that never comes.
            AircraftType a400 = new AircraftType(3, "A400", "A400M", true, 30000, 9, 116, 58, 8, true, 420, 3300,
                    120, 15000);
            Flight flight = world.flight(new Aircraft(9, "A400-1", a400, world.destination, 0, 30 * DAY,
                    world.routes), DAY_TWO);
            verifier.verifyThat(DrawdownConstraintProvider::clearance)
                    .given(flight, world.cargo("A", 1000, 1, flight))
                    .penalizesBy(CountryClearances.NEVER_CLEARED);
        }

        @Test
        void commercialFlightNeedsNone() {
            Flight charter = world.flight(world.charterA, 360);
            verifier.verifyThat(DrawdownConstraintProvider::clearance)
                    .given(charter, world.group("P", 10).on(charter))
                    .penalizesBy(0);
        }

        @Test
        void dailyCapCountsFlightsOverTheCap() {
            // The landing clearance allows 2 flights a day; three on day 2 is one too many.
            Flight first = world.flight(world.c17a, DAY_TWO);
            Flight second = world.flight(world.c17b, DAY_TWO + 60);
            Flight third = world.flight(world.c130a, DAY_TWO + 120);
            verifier.verifyThat(DrawdownConstraintProvider::clearanceDailyCap)
                    .given(first, second, third, world.cargo("A", 1000, 1, first),
                            world.cargo("B", 1000, 1, second), world.cargo("C", 1000, 1, third))
                    .penalizesBy(1);
            verifier.verifyThat(DrawdownConstraintProvider::clearanceDailyCap)
                    .given(first, second, world.cargo("A", 1000, 1, first), world.cargo("B", 1000, 1, second))
                    .penalizesBy(0);
        }

        @Test
        void historyAloneOverTheCapIsNotPenalized() {
            Flight first = world.flight(world.c17a, DAY_TWO);
            Flight second = world.flight(world.c17b, DAY_TWO + 60);
            Flight third = world.flight(world.c130a, DAY_TWO + 120);
            first.setHistory(true);
            second.setHistory(true);
            third.setHistory(true);
            verifier.verifyThat(DrawdownConstraintProvider::clearanceDailyCap)
                    .given(first, second, third, world.cargo("A", 1000, 1, first),
                            world.cargo("B", 1000, 1, second), world.cargo("C", 1000, 1, third))
                    .penalizesBy(0);
        }
    }

    @Nested
    class WhatFliesOnWhat {

        @Test
        void commercialTypesCarryNoCargo() {
            Flight charter = world.flight(world.charterA, DAY_TWO);
            verifier.verifyThat(DrawdownConstraintProvider::commercialCargo)
                    .given(charter, world.cargo("A", 1000, 1, charter), world.cargo("B", 1000, 1, charter),
                            world.group("P", 10).on(charter))
                    .penalizesBy(2);
            Flight military = world.flight(world.c17a, DAY_TWO);
            verifier.verifyThat(DrawdownConstraintProvider::commercialCargo)
                    .given(military, world.cargo("A", 1000, 1, military))
                    .penalizesBy(0);
        }

        @Test
        void rangePenalizesNmBeyondTheType() {
            Flight c130 = world.flight(world.otherLane, world.c130a, DAY_TWO);
            Flight c17 = world.flight(world.otherLane, world.c17a, DAY_TWO);
            CargoItem onC130 = world.cargo("A", 1000, 1, c130);
            CargoItem onC17 = world.cargo("B", 1000, 1, c17);
            // The other lane is 1,000 nm; with a 900 nm-range type it would be 100 nm over: use a shorter one.
            Fixture shortRange = new Fixture();
            Flight tooFar = shortRange.flight(shortRange.lane, new Aircraft(9, "SHORT",
                    new AircraftType(9, "SHRT", "Short", true, 10000, 4, 20, 20, 0, false, 300,
                            800, 60, 5000),
                    shortRange.destination, 0, 30 * DAY, shortRange.routes), DAY_TWO);
            verifier.verifyThat(DrawdownConstraintProvider::range)
                    .given(c130, c17, onC130, onC17)
                    .penalizesBy(0);
            verifier.verifyThat(DrawdownConstraintProvider::range)
                    .given(tooFar, shortRange.cargo("A", 1000, 1, tooFar))
                    .penalizesBy(100);
        }

        @Test
        void positioningLegsCountAgainstRange() {
            // The C-130 based at FARR (range 1,800 nm) must position 2,000 nm to ORIG.
            Flight flight = world.flight(world.c130Far, DAY_TWO);
            verifier.verifyThat(DrawdownConstraintProvider::positioningRange)
                    .given(flight, world.cargo("A", 1000, 1, flight))
                    .penalizesBy(200);
            Flight fromDest = world.flight(world.c130a, DAY_TWO);
            verifier.verifyThat(DrawdownConstraintProvider::positioningRange)
                    .given(fromDest, world.cargo("A", 1000, 1, fromDest))
                    .penalizesBy(0);
        }

        @Test
        void outsizeCargoNeedsAnOutsizeType() {
            Flight c130 = world.flight(world.c130a, DAY_TWO);
            Flight c17 = world.flight(world.c17a, DAY_TWO);
            verifier.verifyThat(DrawdownConstraintProvider::outsize)
                    .given(c130, c17, world.cargoItem("A", 5000, 3).outsize().on(c130),
                            world.cargoItem("B", 5000, 3).outsize().on(c17))
                    .penalizesBy(1);
        }

        @Test
        void passengerIncompatibleCargoNeverFliesWithPersonnel() {
            Flight mixed = world.flight(world.c17a, DAY_TWO);
            Flight cargoOnly = world.flight(world.c17b, DAY_TWO);
            verifier.verifyThat(DrawdownConstraintProvider::passengerCompatibility)
                    .given(mixed, cargoOnly,
                            world.cargoItem("MUN1", 3000, 1).sensitive().passengerIncompatible().on(mixed),
                            world.cargoItem("MUN2", 3000, 1).sensitive().passengerIncompatible().on(cargoOnly),
                            world.cargo("GEN", 3000, 1, mixed),
                            world.group("P", 10).on(mixed))
                    .penalizesBy(1);
        }
    }

    @Nested
    class ForceProtection {

        @Test
        void securityLeavingBeforeSensitiveCargoIsPenalizedInMinutes() {
            Flight security = world.flight(world.c17a, DAY_TWO);
            Flight sensitive = world.flight(world.c17b, DAY_TWO + 600);
            verifier.verifyThat(DrawdownConstraintProvider::forceProtection)
                    .given(security, sensitive, world.group("SF", 40).security().on(security),
                            world.cargoItem("MQ9", 5000, 4).sensitive().on(sensitive))
                    .penalizesBy(600);
        }

        @Test
        void securityIsPenalizedByItsMinutesBeforeTheLastSensitiveFlightOnce() {
            Flight security = world.flight(world.c17a, DAY_TWO);
            Flight firstSensitive = world.flight(world.c17b, DAY_TWO + 300);
            Flight lastSensitive = world.flight(world.c130a, DAY_TWO + 600);
            verifier.verifyThat(DrawdownConstraintProvider::forceProtection)
                    .given(security, firstSensitive, lastSensitive, world.group("SF", 40).security().on(security),
                            world.cargoItem("COMM", 2000, 1).sensitive().on(firstSensitive),
                            world.cargoItem("MQ9", 5000, 4).sensitive().on(lastSensitive))
                    .penalizesBy(600);
        }

        @Test
        void securityOnTheSameOrALaterFlightHolds() {
            Flight sensitive = world.flight(world.c17a, DAY_TWO);
            Flight security = world.flight(world.c17b, DAY_TWO + 600);
            verifier.verifyThat(DrawdownConstraintProvider::forceProtection)
                    .given(sensitive, security, world.group("SF1", 40).security().on(security),
                            world.group("SF2", 40).security().on(sensitive),
                            world.cargoItem("MQ9", 5000, 4).sensitive().on(sensitive))
                    .penalizesBy(0);
        }
    }

    @Nested
    class AircraftContinuity {

        @Test
        void firstFlightWaitsForPositioningAndGroundTime() {
            // From DEST: available at 0, 150 minutes to ORIG, 180 on the ground: earliest departure 330.
            Flight early = world.flight(world.c17a, 300);
            verifier.verifyThat(DrawdownConstraintProvider::aircraftTurnaround)
                    .given(early, world.cargo("A", 1000, 1, early))
                    .penalizesBy(30);
            Flight onTime = world.flight(world.c17a, 360);
            verifier.verifyThat(DrawdownConstraintProvider::aircraftTurnaround)
                    .given(onTime, world.cargo("A", 1000, 1, onTime))
                    .penalizesBy(0);
        }

        @Test
        void nextFlightWaitsForTurnaroundAndPositioning() {
            // First departs 360, lands 510; then 2 x 180 on the ground and 150 back: earliest next departure 1,020.
            Flight first = world.flight(world.c17a, 360);
            Flight tooSoon = world.flight(world.c17a, 900);
            verifier.verifyThat(DrawdownConstraintProvider::aircraftTurnaround)
                    .given(first, tooSoon, world.cargo("A", 1000, 1, first), world.cargo("B", 1000, 1, tooSoon))
                    .penalizesBy(120);
            Flight inTime = world.flight(world.c17a, 1080);
            verifier.verifyThat(DrawdownConstraintProvider::aircraftTurnaround)
                    .given(first, inTime, world.cargo("A", 1000, 1, first), world.cargo("B", 1000, 1, inTime))
                    .penalizesBy(0);
        }

        @Test
        void onlyConsecutiveFlightsAreCompared() {
            // Three flights each far enough from the one before: no penalty, though the third is close to nothing.
            Flight first = world.flight(world.c17a, 360);
            Flight second = world.flight(world.c17a, 1080);
            Flight third = world.flight(world.c17a, 1800);
            verifier.verifyThat(DrawdownConstraintProvider::aircraftTurnaround)
                    .given(first, second, third, world.cargo("A", 1000, 1, first),
                            world.cargo("B", 1000, 1, second), world.cargo("C", 1000, 1, third))
                    .penalizesBy(0);
        }

        @Test
        void arrivalAfterAvailabilityIsPenalizedInMinutes() {
            org.drawdown.domain.Aircraft shortLease = new Aircraft(8, "C17-L", world.c17,
                    world.destination, 0, DAY_TWO + 100, world.routes);
            Flight flight = world.flight(shortLease, DAY_TWO);
            verifier.verifyThat(DrawdownConstraintProvider::aircraftAvailability)
                    .given(flight, world.cargo("A", 1000, 1, flight))
                    .penalizesBy(50);
        }

        @Test
        void positioningLegNeedsARoute() {
            Flight fromIsland = world.flight(world.c17Island, DAY_TWO);
            verifier.verifyThat(DrawdownConstraintProvider::positioningRoute)
                    .given(fromIsland, world.cargo("A", 1000, 1, fromIsland))
                    .penalizesBy(1);
            Flight fromDest = world.flight(world.c17a, DAY_TWO);
            verifier.verifyThat(DrawdownConstraintProvider::positioningRoute)
                    .given(fromDest, world.cargo("A", 1000, 1, fromDest))
                    .penalizesBy(0);
        }

        @Test
        void legIntoHistoryFlightIsNotChecked() {
            Flight first = world.flight(world.c17a, 360);
            Flight tooSoon = world.flight(world.c17a, 900);
            first.setHistory(true);
            tooSoon.setHistory(true);
            verifier.verifyThat(DrawdownConstraintProvider::aircraftTurnaround)
                    .given(first, tooSoon, world.cargo("A", 1000, 1, first), world.cargo("B", 1000, 1, tooSoon))
                    .penalizesBy(0);
        }
    }

    @Nested
    class Ramp {

        @Test
        void departuresOverTheDailyMaximum() {
            Flight[] flights = new Flight[4];
            Object[] facts = new Object[8];
            Aircraft[] tails = {world.c17a, world.c17b, world.c130a, world.charterA};
            for (int i = 0; i < 4; i++) {
                flights[i] = world.flight(tails[i], DAY_TWO + i * 300);
                facts[2 * i] = flights[i];
                facts[2 * i + 1] = world.group("P" + i, 10).on(flights[i]);
            }
            verifier.verifyThat(DrawdownConstraintProvider::departuresPerDay).given(facts).penalizesBy(1);
        }

        @Test
        void parkingCountsAircraftOverTheSpotsAtEachArrivalOnTheRamp() {
            // Two C-17s hold ORIG's two spots from 180 minutes before their departure; the charter parks 90
            // minutes before its own, 30 minutes before theirs: when it arrives, three aircraft, one too many.
            Flight a = world.flight(world.c17a, DAY_TWO);
            Flight b = world.flight(world.c17b, DAY_TWO);
            Flight c = world.flight(world.charterA, DAY_TWO + 60);
            verifier.verifyThat(DrawdownConstraintProvider::parking)
                    .given(a, b, c, world.cargo("A", 1000, 1, a), world.cargo("B", 1000, 1, b),
                            world.group("P", 10).on(c))
                    .penalizesBy(1);
            verifier.verifyThat(DrawdownConstraintProvider::parking)
                    .given(a, b, world.cargo("A", 1000, 1, a), world.cargo("B", 1000, 1, b))
                    .penalizesBy(0);
        }
    }

    @Nested
    class Completeness {

        @Test
        void mandatoryCargoLeftBehindCountsOnMedium() {
            verifier.verifyThat(DrawdownConstraintProvider::mandatoryCargoNotMoved)
                    .given(world.cargo("M", 1000, 1, null),
                            world.cargoItem("O", 1000, 1).optionalWorth(5000).leftBehind())
                    .penalizesBy(1);
        }

        @Test
        void personnelLeftBehindCountPeople() {
            Flight flight = world.flight(world.c17a, DAY_TWO);
            verifier.verifyThat(DrawdownConstraintProvider::personnelNotMoved)
                    .given(flight, world.group("P1", 40).leftBehind(),
                            world.group("P2", 7).on(flight))
                    .penalizesBy(40);
        }
    }

    @Nested
    class Cost {

        @Test
        void flyingCostIsOutAndBack() {
            // C-17, 150 minutes: 2 * 150 * 24,000 / 60 = 120,000.
            Flight flight = world.flight(world.c17a, DAY_TWO);
            verifier.verifyThat(DrawdownConstraintProvider::flyingCost)
                    .given(flight, world.cargo("A", 1000, 1, flight))
                    .penalizesBy(120_000L);
        }

        @Test
        void optionalCargoLeftBehindCostsItsValue() {
            Flight flight = world.flight(world.c17a, DAY_TWO);
            verifier.verifyThat(DrawdownConstraintProvider::leftBehindValue)
                    .given(flight, world.cargoItem("O1", 1000, 1).optionalWorth(5000).leftBehind(),
                            world.cargoItem("O2", 1000, 1).optionalWorth(7000).on(flight),
                            world.cargo("M", 1000, 1, null))
                    .penalizesBy(5000L);
        }

        /*
         * Personnel waiting is an impact, not a penalty (a group departing before it is ready has a negative waiting
         * cost, as the contract's formula gives), and ConstraintVerifier's single-constraint assertions do not take
         * mixed impacts, so these two check the whole score of a plan whose other terms are known.
         */
        @Test
        void waitingCostIsRoundedDownPerGroup() {
            // 7 people waiting 1,000 minutes at $400 a day: 7 * 1,000 * 400 / 1,440 = 1,944.4 -> 1,944; twice.
            // The flight itself costs 120,000 and breaks no rule.
            Flight flight = world.flight(world.c17a, DAY_TWO);
            verifier.verifyThat()
                    .given(flight, world.group("P1", 7).readyAt(DAY_TWO - 1000).on(flight),
                            world.group("P2", 7).readyAt(DAY_TWO - 1000).on(flight))
                    .scores(HardMediumSoftLongScore.ofSoft(-120_000L - 2 * 1944L));
        }

        @Test
        void waitingCostOfAGroupLeavingBeforeItIsReadyIsNegative() {
            // Leaves 60 minutes early: a rule 5 breach of 60 minutes, and 10 * -60 * 400 / 1,440 = -166.7 -> -167.
            Flight flight = world.flight(world.c17a, DAY_TWO);
            verifier.verifyThat()
                    .given(flight, world.group("P", 10).readyAt(DAY_TWO + 60).on(flight))
                    .scores(HardMediumSoftLongScore.of(-60, 0, -120_000L + 167));
        }

        @Test
        void planChangeCountsLoadsWhoseFlightChanged() {
            Flight flight = world.flight(world.c17a, DAY_TWO);
            CargoItem kept = world.cargo("K", 1000, 1, flight);
            kept.setPriorAssignment(new PriorAssignment(DAY_TWO, "ORIG", "DEST", "C17-A"));
            CargoItem retimed = world.cargo("R", 1000, 1, flight);
            retimed.setPriorAssignment(new PriorAssignment(DAY_TWO - 60, "ORIG", "DEST", "C17-A"));
            CargoItem onOtherAircraft = world.cargo("T", 1000, 1, flight);
            onOtherAircraft.setPriorAssignment(new PriorAssignment(DAY_TWO, "ORIG", "DEST", "C17-B"));
            CargoItem fresh = world.cargo("N", 1000, 1, flight);
            verifier.verifyThat(DrawdownConstraintProvider::planChange)
                    .given(flight, kept, retimed, onOtherAircraft, fresh)
                    .penalizesBy(2);
        }

        @Test
        void droppedFromPlanCountsLoadsNoLongerMoved() {
            CargoItem dropped = world.cargoItem("D", 1000, 1).optionalWorth(5000).leftBehind();
            dropped.setPriorAssignment(new PriorAssignment(DAY_TWO, "ORIG", "DEST", "C17-A"));
            CargoItem neverMoved = world.cargoItem("N", 1000, 1).optionalWorth(5000).leftBehind();
            verifier.verifyThat(DrawdownConstraintProvider::droppedFromPlan)
                    .given(dropped, neverMoved)
                    .penalizesBy(1);
        }
    }

    /** Each match names what it is about, which the replan's repair and the score explanation read. */
    @Nested
    class Justifications {

        @Test
        void aRuleOfTheLoadsAboardNamesTheFlightAndTheBreach() {
            Flight flight = world.flight(world.c130a, DAY_TWO);
            verifier.verifyThat(DrawdownConstraintProvider::payload)
                    .given(flight, world.cargo("A", 10000, 1, flight), world.cargo("B", 7000, 1, flight))
                    .justifiesWithExactly(new PayloadJustification(flight, 1000));
        }

        @Test
        void aDailyCapNamesTheClearanceAndTheDayAndInvolvesEveryFlightItCounts() {
            Flight first = world.flight(world.c17a, DAY_TWO);
            Flight second = world.flight(world.c17b, DAY_TWO + 60);
            Flight third = world.flight(world.c130a, DAY_TWO + 120);
            Flight nextDay = world.flight(world.c17a, DAY_TWO + DAY);
            var justification = new ClearanceDailyCapJustification(world.landing,
                    world.window.utcDay(DAY_TWO), 3);
            verifier.verifyThat(DrawdownConstraintProvider::clearanceDailyCap)
                    .given(first, second, third, nextDay, world.cargo("A", 1000, 1, first),
                            world.cargo("B", 1000, 1, second), world.cargo("C", 1000, 1, third),
                            world.cargo("D", 1000, 1, nextDay))
                    .justifiesWithExactly(justification);
            assertEquals(List.of(first, second, third), justification.flights(List.of(first, second, third, nextDay)));
        }

        @Test
        void departuresPerDayNamesTheAirfieldTheDayAndTheDepartures() {
            Flight[] flights = new Flight[4];
            Object[] facts = new Object[8];
            Aircraft[] tails = {world.c17a, world.c17b, world.c130a, world.charterA};
            for (int i = 0; i < 4; i++) {
                flights[i] = world.flight(tails[i], DAY_TWO + i * 300);
                facts[2 * i] = flights[i];
                facts[2 * i + 1] = world.group("P" + i, 10).on(flights[i]);
            }
            verifier.verifyThat(DrawdownConstraintProvider::departuresPerDay).given(facts)
                    .justifiesWithExactly(new DeparturesPerDayJustification(world.origin,
                            world.window.utcDay(DAY_TWO), 4));
        }

        @Test
        void forceProtectionNamesTheSecurityGroupItsFlightAndWhenTheLastSensitiveCargoLeaves() {
            Flight security = world.flight(world.c17a, DAY_TWO);
            Flight sensitive = world.flight(world.c17b, DAY_TWO + 600);
            PersonnelGroup guards = world.group("SF", 40).security().on(security);
            var justification = new ForceProtectionJustification(guards, security, DAY_TWO + 600);
            verifier.verifyThat(DrawdownConstraintProvider::forceProtection)
                    .given(security, sensitive, guards, world.cargoItem("MQ9", 5000, 4).sensitive().on(sensitive))
                    .justifiesWithExactly(justification);
            assertEquals(List.of(security), justification.flights(List.of(security, sensitive)));
            assertEquals(List.of(guards), justification.loads());
        }

        @Test
        void aLoadLeftBehindNamesTheLoadAndNoFlight() {
            CargoItem stuck = world.cargoItem("A", 1000, 1).leftBehind();
            var justification = new MandatoryCargoNotMovedJustification(stuck);
            verifier.verifyThat(DrawdownConstraintProvider::mandatoryCargoNotMoved)
                    .given(stuck)
                    .justifiesWithExactly(justification);
            assertEquals(List.of(), justification.flights(List.of()));
            assertEquals(List.of(stuck), justification.loads());
        }
    }

    /** Every constraint the provider defines has a stable id in {@link PlanConstraint}, and the other way round. */
    @Test
    void constraintIdsMatchPlanConstraint() {
        var scoreDirectorFactory = (AbstractConstraintStreamScoreDirectorFactory<?, ?, ?>) ((DefaultSolverFactory<?>)
                SolverFactory.create(SolverSettings.greedy())).getScoreDirectorFactory();
        Set<String> defined = new TreeSet<>();
        scoreDirectorFactory.getConstraintMetaModel().getConstraints()
                .forEach(constraint -> defined.add(constraint.getConstraintRef().constraintName()));
        Set<String> listed = new TreeSet<>();
        for (PlanConstraint constraint : PlanConstraint.values()) {
            listed.add(constraint.id());
        }
        assertEquals(listed, defined);
    }
}
