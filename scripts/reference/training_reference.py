#!/usr/bin/python3
"""Per-step losses of the training reference cases, by PyTorch float64 autograd.

An independent implementation written against torch's own modules: nn.Linear layers (weights
copied from the case), torch.nn.functional activations, nn.PReLU, maxout by view + max,
nn.MSELoss / nn.BCEWithLogitsLoss / nn.CrossEntropyLoss, hinge as clamp(1 - y*o, min=0).mean(),
torch.optim.SGD / Adam / AdamW / RMSprop, torch.nn.utils.clip_grad_norm_ / clip_grad_value_.
The penalty l1 * sum|W| + l2 * sum W^2 over the dense weights is part of the loss (and of the
printed value). Reads the cases that training_cases.js writes; writes
test/core/fixtures/training-reference.json (losses at each case's recordedSteps).

    node scripts/reference/training_cases.js > /tmp/training-cases.json
    /usr/bin/python3 scripts/reference/training_reference.py /tmp/training-cases.json
"""
import json
import math
import os
import sys

import torch
import torch.nn as nn
import torch.nn.functional as F

torch.set_default_dtype(torch.float64)
torch.set_num_threads(1)

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
FIXTURE = os.path.join(ROOT, 'test', 'core', 'fixtures', 'training-reference.json')


def builtin_activation(name, params):
    if name == 'relu':
        return F.relu
    if name == 'tanh':
        return torch.tanh
    if name == 'sigmoid':
        return torch.sigmoid
    if name == 'gelu':
        return lambda x: F.gelu(x, approximate=params.get('approximate', 'none'))
    if name == 'leaky_relu':
        return lambda x: F.leaky_relu(x, negative_slope=params['negative_slope'])
    if name == 'elu':
        return lambda x: F.elu(x, alpha=params['alpha'])
    raise ValueError('no reference for activation ' + name)


class Hidden(nn.Module):
    """One hidden layer: Linear then the activation (or PReLU, or maxout over the Linear's output)."""

    def __init__(self, fan_in, units, desc):
        super().__init__()
        self.kind = desc['kind']
        self.units = units
        self.pieces = desc.get('pieces', 1) if self.kind == 'maxout' else 1
        self.linear = nn.Linear(fan_in, units * self.pieces)
        if self.kind == 'prelu':
            self.prelu = nn.PReLU(num_parameters=units if desc.get('perUnit') else 1, init=0.25)
        elif self.kind == 'builtin':
            self.f = builtin_activation(desc['name'], desc.get('params', {}))

    def forward(self, x):
        z = self.linear(x)
        if self.kind == 'prelu':
            return self.prelu(z)
        if self.kind == 'maxout':
            return z.view(-1, self.units, self.pieces).max(dim=-1).values
        if self.kind == 'user':
            return z * torch.sigmoid(1.5 * z)
        return self.f(z)


class Mlp(nn.Module):
    def __init__(self, case):
        super().__init__()
        sizes = case['sizes']
        self.layers = nn.ModuleList()
        for i, desc in enumerate(case['hidden']):
            self.layers.append(Hidden(sizes[i], sizes[i + 1], desc))
        self.out = nn.Linear(sizes[-2], sizes[-1])
        self.head = case['output']

    def forward(self, x):
        for layer in self.layers:
            x = layer(x)
        return self.out(x)  # logits: the head is applied where the loss needs it

    def weights(self):
        return [layer.linear.weight for layer in self.layers] + [self.out.weight]


def load_parameters(model, case):
    params = list(model.parameters())
    given = case['parameters']
    assert len(params) == len(given), (case['name'], len(params), len(given))
    with torch.no_grad():
        for p, g in zip(params, given):
            assert list(p.shape) == g['shape'], (case['name'], g['name'], list(p.shape), g['shape'])
            p.copy_(torch.tensor(g['values'], dtype=torch.float64).view(p.shape))


def make_optimizer(params, o):
    kind = o['kind']
    wd = o.get('weightDecay')
    if kind == 'sgd':
        return torch.optim.SGD(params, lr=o.get('lr', 0.01), momentum=o.get('momentum', 0), dampening=o.get('dampening', 0),
                               nesterov=o.get('nesterov', False), weight_decay=wd or 0)
    if kind == 'adam':
        return torch.optim.Adam(params, lr=o.get('lr', 1e-3), betas=(o.get('beta1', 0.9), o.get('beta2', 0.999)), eps=o.get('eps', 1e-8), weight_decay=wd or 0)
    if kind == 'adamw':
        return torch.optim.AdamW(params, lr=o.get('lr', 1e-3), betas=(o.get('beta1', 0.9), o.get('beta2', 0.999)), eps=o.get('eps', 1e-8),
                                 weight_decay=1e-2 if wd is None else wd)
    if kind == 'rmsprop':
        return torch.optim.RMSprop(params, lr=o.get('lr', 1e-2), alpha=o.get('alpha', 0.99), eps=o.get('eps', 1e-8), momentum=o.get('momentum', 0),
                                   centered=o.get('centered', False), weight_decay=wd or 0)
    raise ValueError('unknown optimizer ' + kind)


def make_loss(case):
    loss, head = case['loss'], case['output']
    if loss == 'mse':
        mse = nn.MSELoss()
        return (lambda z, y: mse(torch.sigmoid(z), y)) if head == 'sigmoid' else mse
    if loss == 'bce':
        return nn.BCEWithLogitsLoss()
    if loss == 'cross_entropy':
        return nn.CrossEntropyLoss()
    if loss == 'hinge':
        return lambda z, y: torch.clamp(1 - y * z, min=0).mean()
    raise ValueError('unknown loss ' + loss)


def run_case(case):
    torch.manual_seed(0)
    model = Mlp(case)
    load_parameters(model, case)
    n = case['n']
    d = case['sizes'][0]
    out = case['sizes'][-1]
    x = torch.tensor(case['x'], dtype=torch.float64).view(n, d)
    if case['loss'] == 'cross_entropy':
        y = torch.tensor([int(v) for v in case['y']], dtype=torch.long)
    else:
        y = torch.tensor(case['y'], dtype=torch.float64).view(n, out)
    criterion = make_loss(case)
    optimizer = make_optimizer(model.parameters(), case['optimizer'])
    l1, l2 = case['l1'], case['l2']
    orders = case['orders']
    batch = case['batchSize']
    losses = []
    for epoch in range(case['epochs']):
        order = orders[epoch * n:(epoch + 1) * n]
        for start in range(0, n, batch):
            idx = torch.tensor(order[start:start + batch], dtype=torch.long)
            optimizer.zero_grad()
            loss = criterion(model(x[idx]), y[idx])
            if l1 != 0 or l2 != 0:
                penalty = 0
                for w in model.weights():
                    penalty = penalty + l1 * w.abs().sum() + l2 * (w * w).sum()
                loss = loss + penalty
            loss.backward()
            if case['clipNorm'] is not None:
                torch.nn.utils.clip_grad_norm_(model.parameters(), case['clipNorm'])
            if case['clipValue'] is not None:
                torch.nn.utils.clip_grad_value_(model.parameters(), case['clipValue'])
            optimizer.step()
            losses.append(loss.item())
    return losses


def main():
    cases = json.load(open(sys.argv[1]))
    fixture = {'torch': torch.__version__, 'recorded': 'steps 1-100, then every 50th to 1000', 'cases': []}
    for case in cases:
        losses = run_case(case)
        steps = case['recordedSteps']
        assert all(math.isfinite(l) for l in losses), case['name']
        fixture['cases'].append({
            'name': case['name'],
            'parameterSum': math.fsum(v for p in case['parameters'] for v in p['values']),
            'dataSum': math.fsum(case['x']) + math.fsum(case['y']),
            'steps': steps,
            'losses': [losses[s - 1] for s in steps],
        })
        print('%-45s %d steps, last loss %.6g' % (case['name'], len(losses), losses[-1]), file=sys.stderr)
    with open(FIXTURE, 'w') as f:
        json.dump(fixture, f, indent=0, separators=(',', ':'))
        f.write('\n')


if __name__ == '__main__':
    main()
