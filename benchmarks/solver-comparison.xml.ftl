<?xml version="1.0" encoding="UTF-8"?>
<#--
  drawdown benchmark: solver configurations compared on the bundled datasets.
  Run it with ./drawdown benchmark (options: datasets, time limit, report directory); see benchmarks/README.md.
  A local search that lists no moves gets Drawdown's default moves (src/main/resources/.../solverConfig.xml), so
  the first five configurations differ in their acceptor alone. The last uses Timefold's own moves instead.
-->
<plannerBenchmark xmlns="https://timefold.ai/xsd/benchmark" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                  xsi:schemaLocation="https://timefold.ai/xsd/benchmark https://timefold.ai/xsd/benchmark/benchmark.xsd">
  <benchmarkDirectory>target/benchmark-reports</benchmarkDirectory>
  <!-- One run at a time on these two-core machines, so that runs do not slow each other down. -->
  <parallelBenchmarkCount>1</parallelBenchmarkCount>
  <warmUpSecondsSpentLimit>20</warmUpSecondsSpentLimit>

  <inheritedSolverBenchmark>
    <solver>
      <solutionClass>org.drawdown.domain.DrawdownPlan</solutionClass>
      <entityClass>org.drawdown.domain.Flight</entityClass>
      <entityClass>org.drawdown.domain.CargoItem</entityClass>
      <entityClass>org.drawdown.domain.PersonnelGroup</entityClass>
      <scoreDirectorFactory>
        <constraintProviderClass>org.drawdown.score.DrawdownConstraintProvider</constraintProviderClass>
      </scoreDirectorFactory>
      <termination>
        <secondsSpentLimit>30</secondsSpentLimit>
      </termination>
    </solver>
    <problemBenchmarks>
      <solutionFileIOClass>org.drawdown.solver.ScenarioFileIO</solutionFileIOClass>
      <writeOutputSolutionEnabled>true</writeOutputSolutionEnabled>
      <inputSolutionFile>datasets/niger-2024.json</inputSolutionFile>
      <inputSolutionFile>datasets/gen-s.json</inputSolutionFile>
      <inputSolutionFile>datasets/gen-m.json</inputSolutionFile>
      <problemStatisticType>BEST_SCORE</problemStatisticType>
      <problemStatisticType>MOVE_EVALUATION_SPEED</problemStatisticType>
    </problemBenchmarks>
  </inheritedSolverBenchmark>

<#macro construction>
      <customPhase>
        <customPhaseCommandClass>org.drawdown.solver.EarliestFitConstruction</customPhaseCommandClass>
      </customPhase>
</#macro>

  <solverBenchmark>
    <name>Late acceptance 50 (default)</name>
    <solver>
<@construction/>
      <localSearch>
        <acceptor><lateAcceptanceSize>50</lateAcceptanceSize></acceptor>
        <forager><acceptedCountLimit>1</acceptedCountLimit></forager>
      </localSearch>
    </solver>
  </solverBenchmark>

  <solverBenchmark>
    <name>Late acceptance 400</name>
    <solver>
<@construction/>
      <localSearch>
        <acceptor><lateAcceptanceSize>400</lateAcceptanceSize></acceptor>
        <forager><acceptedCountLimit>1</acceptedCountLimit></forager>
      </localSearch>
    </solver>
  </solverBenchmark>

  <solverBenchmark>
    <name>Tabu search</name>
    <solver>
<@construction/>
      <localSearch>
        <acceptor><entityTabuRatio>0.02</entityTabuRatio></acceptor>
        <forager><acceptedCountLimit>200</acceptedCountLimit></forager>
      </localSearch>
    </solver>
  </solverBenchmark>

  <solverBenchmark>
    <name>Simulated annealing</name>
    <solver>
<@construction/>
      <localSearch>
        <acceptor><simulatedAnnealingStartingTemperature>0hard/0medium/50000soft</simulatedAnnealingStartingTemperature></acceptor>
        <forager><acceptedCountLimit>4</acceptedCountLimit></forager>
      </localSearch>
    </solver>
  </solverBenchmark>

  <solverBenchmark>
    <name>Great deluge</name>
    <solver>
<@construction/>
      <localSearch>
        <acceptor><greatDelugeWaterLevelIncrementRatio>0.0000005</greatDelugeWaterLevelIncrementRatio></acceptor>
        <forager><acceptedCountLimit>1</acceptedCountLimit></forager>
      </localSearch>
    </solver>
  </solverBenchmark>

  <#--
    Timefold's own moves instead of Drawdown's: change, swap, and pillar changes of the loads sharing a flight
    (cargo and personnel: the variable is PlannedLoad's) and of the flights sharing an aircraft.
  -->
  <solverBenchmark>
    <name>Late acceptance 50 with Timefold moves</name>
    <solver>
<@construction/>
      <localSearch>
        <unionMoveSelector>
          <changeMoveSelector>
            <fixedProbabilityWeight>20.0</fixedProbabilityWeight>
            <entitySelector><entityClass>org.drawdown.domain.CargoItem</entityClass></entitySelector>
          </changeMoveSelector>
          <pillarChangeMoveSelector>
            <fixedProbabilityWeight>6.0</fixedProbabilityWeight>
            <pillarSelector>
              <entitySelector><entityClass>org.drawdown.domain.PlannedLoad</entityClass></entitySelector>
            </pillarSelector>
          </pillarChangeMoveSelector>
          <changeMoveSelector>
            <fixedProbabilityWeight>2.0</fixedProbabilityWeight>
            <entitySelector><entityClass>org.drawdown.domain.CargoItem</entityClass></entitySelector>
          </changeMoveSelector>
          <swapMoveSelector>
            <fixedProbabilityWeight>10.0</fixedProbabilityWeight>
            <entitySelector><entityClass>org.drawdown.domain.CargoItem</entityClass></entitySelector>
          </swapMoveSelector>
          <changeMoveSelector>
            <fixedProbabilityWeight>2.0</fixedProbabilityWeight>
            <entitySelector><entityClass>org.drawdown.domain.PersonnelGroup</entityClass></entitySelector>
          </changeMoveSelector>
          <swapMoveSelector>
            <fixedProbabilityWeight>2.0</fixedProbabilityWeight>
            <entitySelector><entityClass>org.drawdown.domain.PersonnelGroup</entityClass></entitySelector>
          </swapMoveSelector>
          <changeMoveSelector>
            <fixedProbabilityWeight>6.0</fixedProbabilityWeight>
            <entitySelector>
              <entityClass>org.drawdown.domain.Flight</entityClass>
              <filterClass>org.drawdown.solver.FlownFlightFilter</filterClass>
            </entitySelector>
            <valueSelector variableName="departureSlot"/>
          </changeMoveSelector>
          <changeMoveSelector>
            <fixedProbabilityWeight>3.0</fixedProbabilityWeight>
            <entitySelector>
              <entityClass>org.drawdown.domain.Flight</entityClass>
              <filterClass>org.drawdown.solver.FlownFlightFilter</filterClass>
            </entitySelector>
            <valueSelector variableName="aircraft"/>
          </changeMoveSelector>
          <swapMoveSelector>
            <fixedProbabilityWeight>2.0</fixedProbabilityWeight>
            <entitySelector>
              <entityClass>org.drawdown.domain.Flight</entityClass>
              <filterClass>org.drawdown.solver.FlownFlightFilter</filterClass>
            </entitySelector>
          </swapMoveSelector>
          <pillarChangeMoveSelector>
            <fixedProbabilityWeight>1.0</fixedProbabilityWeight>
            <pillarSelector>
              <entitySelector>
                <entityClass>org.drawdown.domain.Flight</entityClass>
                <filterClass>org.drawdown.solver.FlownFlightFilter</filterClass>
              </entitySelector>
            </pillarSelector>
            <valueSelector variableName="aircraft"/>
          </pillarChangeMoveSelector>
        </unionMoveSelector>
        <acceptor><lateAcceptanceSize>50</lateAcceptanceSize></acceptor>
        <forager><acceptedCountLimit>1</acceptedCountLimit></forager>
      </localSearch>
    </solver>
  </solverBenchmark>
</plannerBenchmark>
