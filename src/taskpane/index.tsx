import { createRoot } from 'react-dom/client';
import { officeHost } from '../office/startPane';
import { App } from './App';
import { StartProblem } from './components/StartProblem';

const root = createRoot(document.getElementById('root')!);
officeHost().then(
  (host) => root.render(<App host={host} />),
  (error: unknown) => root.render(<StartProblem error={error} />),
);
