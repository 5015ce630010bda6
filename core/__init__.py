"""Numerical core of the lecture "Logistic Regression & the Perceptron".

Everything the scenes draw is computed here, with numpy and scipy only
(this package never imports manim). Conventions used throughout:

* ``X`` holds raw features, shape (n_samples, n_features); ``theta`` has
  shape (n_features + 1,) with the bias first, matching ``add_bias(X)``.
* ``log_likelihood`` is the course's sum over samples; the optional L2
  penalty ``l2 * ||theta[1:]||^2`` maps to scikit-learn's
  ``C = 1 / (2 * l2)``.
* Trajectories are frozen dataclasses of arrays whose first axis is the
  step; step 0 is the start.
* The same arguments give bit-identical results (all draws are seeded).
"""

from core.cats_dogs import (
    FromScratchRun,
    LossSlice,
    WrongGradients,
    confidently_wrong_gradients,
    from_scratch_run,
    loss_slice,
)
from core.curves import (
    COURSE_PENALTY_CHECKS,
    COURSE_SIGMOID_CHECKS,
    DerivativeSteps,
    GradientSteps,
    PenaltyCurves,
    gradient_derivation_steps,
    penalty_curves,
    sigmoid_curves,
    sigmoid_derivative_steps,
)
from core.datasets import DATASET_NAMES, DEFAULT_SEEDS, Dataset, load_dataset
from core.functions import (
    add_bias,
    log_odds,
    log_sigmoid,
    log_softmax,
    logit,
    odds,
    rise_width,
    sigmoid,
    sigmoid_derivative,
    softmax,
    step,
)
from core.geometry import (
    boundary_point,
    boundary_segment,
    boundary_segments,
    grid_centres,
    normal_vector,
    probability_field,
    softmax_field,
)
from core.gradient_ascent import (
    TRAINING_LAB_CASES,
    GradientAscentTrajectory,
    SGDStep,
    StochasticTrajectory,
    TrainingLabRun,
    gradient_ascent,
    random_start,
    sgd_step,
    stochastic_gradient_ascent,
    training_lab_run,
)
from core.least_squares import (
    FarEmailPulls,
    FarEmailSteps,
    LogisticSweep,
    SpamSweep,
    far_email_pulls,
    far_email_steps,
    held_line_far_errors,
    least_squares_sweep,
    logistic_sweep,
    spam_sweep,
)
from core.loss_landscapes import (
    SliceDescent,
    ThresholdSweep,
    WeightSlice,
    slice_descent,
    threshold_sweep,
    weight_slice,
)
from core.losses import (
    LikelihoodFactors,
    cross_entropy_from_proba,
    cross_entropy_from_scores,
    cross_entropy_score_gradient,
    likelihood_factors,
    log_likelihood,
    log_likelihood_gradient,
    log_likelihood_hessian,
    mean_cross_entropy,
    softmax_cross_entropy,
    softmax_cross_entropy_gradient,
    softmax_loss,
    softmax_loss_gradient,
    squared_error_from_proba,
    squared_error_loss,
    squared_error_loss_gradient,
    squared_error_score_gradient,
)
from core.newton import (
    LogLikelihood1D,
    NewtonRace,
    NewtonTrajectory,
    log_likelihood_1d,
    newton_method,
    newton_race,
    newton_race_run,
)
from core.pathologies import (
    ClassificationMetrics,
    FeatureComparison,
    WeightGrowth,
    classification_metrics,
    feature_comparison,
    imbalance_baseline,
    quadratic_features,
    quadratic_probability_field,
    weight_growth,
)
from core.perceptron import (
    PERCEPTRON_CASES,
    PerceptronRun,
    PerceptronTrajectory,
    perceptron,
    perceptron_run,
)
from core.prediction import accuracy, predict, predict_proba, scores
from core.softmax_regression import (
    COURSE_LOGITS,
    SoftmaxLabRun,
    SoftmaxTrajectory,
    class_probabilities,
    softmax_lab_run,
    softmax_regression,
    two_class_reduction,
)

__all__ = [
    # building blocks
    "add_bias",
    "log_odds",
    "log_sigmoid",
    "log_softmax",
    "logit",
    "odds",
    "rise_width",
    "sigmoid",
    "sigmoid_derivative",
    "softmax",
    "step",
    # losses
    "cross_entropy_from_proba",
    "cross_entropy_from_scores",
    "cross_entropy_score_gradient",
    "log_likelihood",
    "log_likelihood_gradient",
    "log_likelihood_hessian",
    "mean_cross_entropy",
    "softmax_cross_entropy",
    "softmax_cross_entropy_gradient",
    "softmax_loss",
    "softmax_loss_gradient",
    "squared_error_loss",
    "squared_error_loss_gradient",
    "squared_error_score_gradient",
    "squared_error_from_proba",
    "LikelihoodFactors",
    "likelihood_factors",
    # prediction
    "accuracy",
    "predict",
    "predict_proba",
    "scores",
    # data
    "DATASET_NAMES",
    "DEFAULT_SEEDS",
    "Dataset",
    "load_dataset",
    # chapter 0
    "LogisticSweep",
    "SpamSweep",
    "FarEmailPulls",
    "far_email_pulls",
    "FarEmailSteps",
    "held_line_far_errors",
    "far_email_steps",
    "least_squares_sweep",
    "logistic_sweep",
    "spam_sweep",
    # chapters 1-3
    "COURSE_PENALTY_CHECKS",
    "COURSE_SIGMOID_CHECKS",
    "DerivativeSteps",
    "GradientSteps",
    "PenaltyCurves",
    "gradient_derivation_steps",
    "penalty_curves",
    "sigmoid_curves",
    "sigmoid_derivative_steps",
    # geometry
    "boundary_point",
    "boundary_segment",
    "boundary_segments",
    "grid_centres",
    "normal_vector",
    "probability_field",
    "softmax_field",
    # chapters 4-5
    "TRAINING_LAB_CASES",
    "GradientAscentTrajectory",
    "SGDStep",
    "StochasticTrajectory",
    "TrainingLabRun",
    "gradient_ascent",
    "random_start",
    "sgd_step",
    "stochastic_gradient_ascent",
    "training_lab_run",
    # chapter 6
    "PERCEPTRON_CASES",
    "PerceptronRun",
    "PerceptronTrajectory",
    "perceptron",
    "perceptron_run",
    # chapter 7
    "COURSE_LOGITS",
    "SoftmaxLabRun",
    "SoftmaxTrajectory",
    "class_probabilities",
    "softmax_lab_run",
    "softmax_regression",
    "two_class_reduction",
    # chapter 8
    "LogLikelihood1D",
    "NewtonRace",
    "NewtonTrajectory",
    "log_likelihood_1d",
    "newton_method",
    "newton_race",
    "newton_race_run",
    # chapter 9
    "ClassificationMetrics",
    "FeatureComparison",
    "WeightGrowth",
    "classification_metrics",
    "feature_comparison",
    "imbalance_baseline",
    "quadratic_features",
    "quadratic_probability_field",
    "weight_growth",
    # second lesson
    "FromScratchRun",
    "LossSlice",
    "WrongGradients",
    "confidently_wrong_gradients",
    "from_scratch_run",
    "loss_slice",
    # chapter 3: why not squared error or accuracy
    "WeightSlice",
    "weight_slice",
    "SliceDescent",
    "slice_descent",
    "ThresholdSweep",
    "threshold_sweep",
]
