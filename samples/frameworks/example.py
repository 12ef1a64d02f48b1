"""A residual block in PyTorch, the same MLP in Keras, and a JAX layer, to compare activations."""
import jax
import tensorflow as tf
import torch
import torch.nn.functional as F
from torch import nn


class Block(nn.Module):
    def __init__(self, width: int) -> None:
        super().__init__()
        self.proj = nn.Linear(width, width)
        self.act = torch.nn.GELU()
        self.leaky = nn.LeakyReLU(0.2)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        h = F.silu(self.proj(x))
        return self.leaky(self.act(h)) + torch.relu(x)

    def probabilities(self, logits: torch.Tensor) -> torch.Tensor:
        return F.softmax(logits, dim=-1)


keras_model = tf.keras.Sequential([
    tf.keras.layers.Dense(64, activation="relu"),
    tf.keras.layers.Dense(64, activation=tf.nn.relu),
    tf.keras.layers.Dense(10, name="relu_logits"),
])
relu_count = 3


def jax_layer(w, x):
    return jax.nn.gelu(x @ w, approximate=False)
