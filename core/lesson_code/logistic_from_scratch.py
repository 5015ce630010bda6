"""Logistic regression from scratch in numpy: the sigmoid, the log loss, its gradient, and
gradient descent from all-zero weights; then the accuracy and the decision boundary."""

import numpy as np

from core.lesson_code.clouds import two_clouds


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def predict_proba(w, b, X):
    return sigmoid(X @ w + b)


def log_loss(w, b, X, y):
    p = predict_proba(w, b, X)
    p = np.clip(p, 1e-15, 1 - 1e-15)
    ones = y * np.log(p)
    zeros = (1 - y) * np.log(1 - p)
    return -np.mean(ones + zeros)


def gradient(w, b, X, y):
    err = predict_proba(w, b, X) - y
    dw = X.T @ err / len(y)
    db = err.mean()
    return dw, db


def train(X, y, lr, n_iterations):
    w, b = np.zeros(X.shape[1]), 0.0
    loss_history = []
    for _ in range(n_iterations):
        dw, db = gradient(w, b, X, y)
        w = w - lr * dw
        b = b - lr * db
        loss = log_loss(w, b, X, y)
        loss_history.append(loss)
    return w, b, loss_history


def accuracy(w, b, X, y):
    guess = predict_proba(w, b, X) > 0.5
    return np.mean(guess == y)


def boundary(w, b):
    # w1 x1 + w2 x2 + b = 0, for x2:
    slope = -w[0] / w[1]
    intercept = -b / w[1]
    return slope, intercept


def main():
    X, y = two_clouds(seed=0)
    lr, n_iterations = 0.1, 1000
    w, b, history = train(X, y, lr, n_iterations)
    print(f"first loss: {history[0]:.4f}")
    print(f"w: [{w[0]:.3f}, {w[1]:.3f}]")
    print(f"b: {b:.3f}")
    print(f"final loss: {history[-1]:.4f}")
    print(f"accuracy: {accuracy(w, b, X, y):.3f}")
    slope, intercept = boundary(w, b)
    print(f"slope: {slope:.2f}")
    print(f"intercept: {intercept:.2f}")


if __name__ == "__main__":
    main()
