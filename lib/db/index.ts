export * from './records';
export * from './schema';
export * from './merge';
export * from './corpus';
export * from './repository';
