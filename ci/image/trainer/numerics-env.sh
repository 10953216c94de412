# Portable numerics (docs/reproducibility.md): pins every kernel-selection knob of libtorch and its math
# libraries to one level that every x86-64 CPU with AVX2 and FMA has, so a run gives the same bits on
# any such CPU, Intel or AMD, with or without AVX-512. Sourced (sh or bash) by ./rdrop and by the trainer
# image's entry point before the JVM starts: the libraries read these once, when they load.
# The trainer refuses to run in portable mode (the default) when one is missing or different, and records
# them in run.json. `--numerics native` skips this file: each library then picks the CPU's best kernels.
# Keep in step with org.rdrop.trainer.engine.Numerics.PORTABLE_PINS (NumericsTest compares them).

# ATen's vectorized CPU kernels (sleef math, reductions): AVX2 instead of AVX-512 where the CPU has it.
export ATEN_CPU_CAPABILITY=avx2
# MKL's BLAS: conditional numerical reproducibility. COMPATIBLE is the one code path MKL keeps identical on
# Intel and non-Intel CPUs alike (its AVX2 branch is honoured on Intel CPUs only: elsewhere MKL falls back
# to its automatic dispatch).
export MKL_CBWR=COMPATIBLE
export MKL_ENABLE_INSTRUCTIONS=AVX2
# oneDNN (libtorch's mkldnn), under both of its names.
export ONEDNN_MAX_CPU_ISA=AVX2
export DNNL_MAX_CPU_ISA=AVX2
# Thread counts come from the experiment (train.threads); neither MKL nor OpenMP may lower them at run time.
export MKL_DYNAMIC=FALSE
export OMP_DYNAMIC=FALSE
