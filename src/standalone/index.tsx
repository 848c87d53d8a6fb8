import { createRoot } from 'react-dom/client';
import { StandalonePage } from './StandalonePage';

createRoot(document.getElementById('root')!).render(<StandalonePage />);
