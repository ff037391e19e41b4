/**
 * The {@code pytorch} backend: PyTorch autograd through DJL. Start with {@link
 * org.adcheck.verification.backend.pytorch.PytorchBackend}.
 *
 * <p>This is the only package in adcheck that imports {@code ai.djl}: native code and its resource
 * handling stay here. {@code TensorNum} implements the {@link org.adcheck.ad.Num} algebra over a
 * float64 tensor holding a whole batch of points, composing accurately what DJL lacks (log1p,
 * expm1, cbrt, asinh, acosh, atanh, softplus, hypot).
 */
package org.adcheck.verification.backend.pytorch;
