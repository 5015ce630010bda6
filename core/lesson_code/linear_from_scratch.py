"""The same data fitted by linear regression with gradient descent: the program logistic
regression changes in three lines (the prediction, the cost, and the prediction the gradient
uses). The cost is half the mean squared error, so that its gradient has the same form as log
loss's, with no factor of 2."""

import numpy as np

from core.lesson_code.clouds import two_clouds


def predict(w, b, X):
    return X @ w + b


def mse(w, b, X, y):
    p = predict(w, b, X)
    sq = (p - y) ** 2
    return sq.mean() / 2


def gradient(w, b, X, y):
    err = predict(w, b, X) - y
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
        loss = mse(w, b, X, y)
        loss_history.append(loss)
    return w, b, loss_history


def main():
    X, y = two_clouds(seed=0)
    w, b, history = train(X, y, lr=0.1, n_iterations=1000)
    print(f"w: [{w[0]:.3f}, {w[1]:.3f}]")
    print(f"b: {b:.3f}")
    print(f"final loss: {history[-1]:.4f}")


if __name__ == "__main__":
    main()
