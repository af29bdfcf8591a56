<?xml version="1.0" encoding="UTF-8"?>
<#--
  drawdown benchmark at scale: the default configuration against the two alternatives that led on gen-m in
  solver-comparison.xml.ftl, on gen-l (20,000 loads, 120 s a run) and gen-xl (100,000 loads, 300 s a run).
  Opt in: generate the datasets first (benchmarks/dataset gen-l; benchmarks/dataset gen-xl), then run
  ./drawdown benchmark --config benchmarks/scale.xml.ftl       (about 25 minutes; see benchmarks/README.md)
  Each run is tied to its dataset, since the time it gets depends on the dataset: the command's dataset option does
  not fit this file. To benchmark fewer datasets, remove them from the list below; its time-limit option still sets
  every run's time.
-->
<#assign datasets = [
  {"name": "gen-l", "file": "target/generated/gen-l.json", "seconds": 120},
  {"name": "gen-xl", "file": "target/generated/gen-xl.json", "seconds": 300}
]>
<plannerBenchmark xmlns="https://timefold.ai/xsd/benchmark" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                  xsi:schemaLocation="https://timefold.ai/xsd/benchmark https://timefold.ai/xsd/benchmark/benchmark.xsd">
  <benchmarkDirectory>target/benchmark-reports</benchmarkDirectory>
  <!-- One run at a time on these two-core machines, so that runs do not slow each other down. -->
  <parallelBenchmarkCount>1</parallelBenchmarkCount>
  <!-- No warm-up: the JIT is warm within the first seconds of a two to five minute run. -->

<#--
  One configuration on one dataset. A local search that lists no moves gets Drawdown's default moves, so the
  configurations differ in their acceptor alone. No assertions, as in the bundled configuration: Timefold's default
  recalculates the score from scratch at the end of each phase, seconds on 100,000 loads.
-->
<#macro run name dataset>
  <solverBenchmark>
    <name>${name} on ${dataset.name}</name>
    <solver>
      <environmentMode>NO_ASSERT</environmentMode>
      <solutionClass>org.drawdown.domain.DrawdownPlan</solutionClass>
      <entityClass>org.drawdown.domain.Flight</entityClass>
      <entityClass>org.drawdown.domain.CargoItem</entityClass>
      <entityClass>org.drawdown.domain.PersonnelGroup</entityClass>
      <scoreDirectorFactory>
        <constraintProviderClass>org.drawdown.score.DrawdownConstraintProvider</constraintProviderClass>
      </scoreDirectorFactory>
      <termination>
        <secondsSpentLimit>${dataset.seconds}</secondsSpentLimit>
      </termination>
      <customPhase>
        <customPhaseCommandClass>org.drawdown.solver.EarliestFitConstruction</customPhaseCommandClass>
      </customPhase>
      <localSearch>
<#nested>
      </localSearch>
    </solver>
    <problemBenchmarks>
      <solutionFileIOClass>org.drawdown.solver.ScenarioFileIO</solutionFileIOClass>
      <writeOutputSolutionEnabled>true</writeOutputSolutionEnabled>
      <inputSolutionFile>${dataset.file}</inputSolutionFile>
      <problemStatisticType>BEST_SCORE</problemStatisticType>
      <problemStatisticType>MOVE_EVALUATION_SPEED</problemStatisticType>
    </problemBenchmarks>
  </solverBenchmark>
</#macro>

<#list datasets as dataset>
<@run "Late acceptance 50 (default)" dataset>
        <acceptor><lateAcceptanceSize>50</lateAcceptanceSize></acceptor>
        <forager><acceptedCountLimit>1</acceptedCountLimit></forager>
</@run>

<@run "Late acceptance 400" dataset>
        <acceptor><lateAcceptanceSize>400</lateAcceptanceSize></acceptor>
        <forager><acceptedCountLimit>1</acceptedCountLimit></forager>
</@run>

<@run "Great deluge" dataset>
        <acceptor><greatDelugeWaterLevelIncrementRatio>0.0000005</greatDelugeWaterLevelIncrementRatio></acceptor>
        <forager><acceptedCountLimit>1</acceptedCountLimit></forager>
</@run>
</#list>
</plannerBenchmark>
