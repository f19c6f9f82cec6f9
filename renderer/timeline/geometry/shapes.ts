// The markers are drawn the same on screen and in an exported picture.
export * from '../../../shared/picture/shapes';
